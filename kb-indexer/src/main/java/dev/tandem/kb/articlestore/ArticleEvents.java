package dev.tandem.kb.articlestore;

import java.util.Optional;

import dev.tandem.kb.article.ArticleSaved;
import dev.tandem.kb.article.ArticleStatusChanged;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.articlestore.internal.ArticleDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes {@link ArticleSaved} and {@link ArticleStatusChanged} once a version is
 * stored. A failing listener is logged, not thrown: the save it reports has happened and
 * must not be reported to the caller as failed.
 */
class ArticleEvents {

	private static final Logger log = LoggerFactory.getLogger(ArticleEvents.class);

	private final ApplicationEventPublisher publisher;

	ArticleEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	void saved(StoredArticle article, SaveResult.Outcome outcome, Optional<ArticleDocument> previous) {
		publish(new ArticleSaved(article, outcome), article.id());
		previous.map((document) -> document.toStoredArticle().content().status())
			.filter((status) -> status != article.content().status())
			.ifPresent((status) -> publish(
					new ArticleStatusChanged(article.id(), status, article.content().status(), article.version()),
					article.id()));
	}

	private void publish(Object event, String articleId) {
		try {
			this.publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			log.warn("A listener of {} for article '{}' failed (the article was saved): {}",
					event.getClass().getSimpleName(), articleId, ex.toString(), ex);
		}
	}

}

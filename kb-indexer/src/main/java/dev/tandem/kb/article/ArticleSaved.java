package dev.tandem.kb.article;

import java.util.Objects;

/**
 * An article's current version changed: published by the article store after a save that
 * stored a new version (never for {@link SaveResult.Outcome#UNCHANGED}), and after the
 * store repaired an article whose last save was interrupted.
 * <p>
 * Listeners (e.g. the retrieval index) should treat it as "article {@code id()} changed":
 * events of concurrent saves may arrive out of order, so compare
 * {@code article().version().number()} with what was indexed, or re-read
 * {@link ArticleRepository#find}. The same event may be delivered twice.
 *
 * @param article the version that was stored, with its content
 * @param outcome {@link SaveResult.Outcome#CREATED} or {@link SaveResult.Outcome#UPDATED}
 */
public record ArticleSaved(StoredArticle article, SaveResult.Outcome outcome) {

	public ArticleSaved {
		Objects.requireNonNull(article, "article");
		Objects.requireNonNull(outcome, "outcome");
		if (outcome == SaveResult.Outcome.UNCHANGED) {
			throw new IllegalArgumentException("nothing was saved for an unchanged article");
		}
	}

	public String id() {
		return this.article.id();
	}

}

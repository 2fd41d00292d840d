package dev.tandem.admin.kb;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;

/**
 * One row of the knowledge-base grid: what a knowledge manager scans for, without the
 * article's texts.
 *
 * @param id article id
 * @param title title
 * @param category category, when set
 * @param language language tag, when set
 * @param status life cycle status
 * @param source where the current version came from
 * @param version current version number
 * @param author who made the current version
 * @param updatedAt when the current version was made
 * @param score search relevance, only when the row comes from a free-text search
 */
public record ArticleSummary(String id, String title, Optional<String> category, Optional<String> language,
		ArticleStatus status, ArticleSource source, int version, String author, Instant updatedAt,
		OptionalDouble score) {

	public static ArticleSummary of(StoredArticle article) {
		return new ArticleSummary(article.id(), article.content().title(), article.content().category(),
				article.content().language(), article.content().status(), article.version().source(),
				article.version().number(), article.version().author(), article.version().createdAt(),
				OptionalDouble.empty());
	}

	ArticleSummary withScore(double relevance) {
		return new ArticleSummary(this.id, this.title, this.category, this.language, this.status, this.source,
				this.version, this.author, this.updatedAt, OptionalDouble.of(relevance));
	}

}

package dev.tandem.kb.article;

import java.util.Objects;

/**
 * A new version of an existing article has another status than the version before, e.g. a
 * draft was published or a published article archived. Published after the
 * {@link ArticleSaved} of the same version.
 *
 * @param articleId the article
 * @param previous status of the version before
 * @param current status of the new version
 * @param version the new version
 */
public record ArticleStatusChanged(String articleId, ArticleStatus previous, ArticleStatus current,
		ArticleVersion version) {

	public ArticleStatusChanged {
		Objects.requireNonNull(articleId, "articleId");
		Objects.requireNonNull(previous, "previous");
		Objects.requireNonNull(current, "current");
		Objects.requireNonNull(version, "version");
	}

}

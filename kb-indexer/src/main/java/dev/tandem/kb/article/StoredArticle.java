package dev.tandem.kb.article;

import java.util.Objects;

/**
 * An article as stored: its current content and the metadata of the version that content
 * is.
 *
 * @param content current content
 * @param version metadata of the current version
 */
public record StoredArticle(ArticleContent content, ArticleVersion version) {

	public StoredArticle {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(version, "version");
		if (!content.id().equals(version.articleId())) {
			throw new IllegalArgumentException(
					"version of article '" + version.articleId() + "' given for '" + content.id() + "'");
		}
	}

	public String id() {
		return this.content.id();
	}

}

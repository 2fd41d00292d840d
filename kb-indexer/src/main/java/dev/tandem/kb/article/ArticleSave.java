package dev.tandem.kb.article;

import java.util.Objects;

/**
 * One article of {@link ArticleRepository#saveAll}: its content and who changes it why.
 *
 * @param content the content
 * @param change who changes it and why
 */
public record ArticleSave(ArticleContent content, ArticleChange change) {

	public ArticleSave {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(change, "change");
	}

}

package dev.tandem.kb.ingest;

import java.util.Objects;

import dev.tandem.kb.article.ArticleContent;

/**
 * An article that passed every check.
 *
 * @param content the article
 * @param location where it starts in the imported files
 */
public record ValidArticle(ArticleContent content, SourceLocation location) implements ImportItem {

	public ValidArticle {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(location, "location");
	}

}

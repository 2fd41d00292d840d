package dev.tandem.kb.article;

import java.util.Objects;

/**
 * Who changes an article and why; the store adds the version number and the time.
 *
 * @param author user name, account id or tool that made the change
 * @param source where the change comes from
 * @param summary short description of the change, e.g.
 * {@code imported from guides/refund.md:1}
 */
public record ArticleChange(String author, ArticleSource source, String summary) {

	public ArticleChange {
		Objects.requireNonNull(author, "author");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(summary, "summary");
		if (author.isBlank()) {
			throw new IllegalArgumentException("author is blank");
		}
	}

}

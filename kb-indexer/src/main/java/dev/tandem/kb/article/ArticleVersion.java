package dev.tandem.kb.article;

import java.time.Instant;
import java.util.Objects;

/**
 * Metadata of one version of an article. Versions are numbered 1, 2, 3, ... per article;
 * a save that changes nothing makes no version.
 *
 * @param articleId the article
 * @param number version number, from 1
 * @param contentHash {@link ArticleContent#contentHash()} of this version's content
 * @param author who made it
 * @param source where it came from
 * @param changeSummary why it was made
 * @param createdAt when the store saved it
 */
public record ArticleVersion(String articleId, int number, String contentHash, String author, ArticleSource source,
		String changeSummary, Instant createdAt) {

	public ArticleVersion {
		ArticleId.requireValid(articleId);
		if (number < 1) {
			throw new IllegalArgumentException("version numbers start at 1, got " + number);
		}
		Objects.requireNonNull(contentHash, "contentHash");
		Objects.requireNonNull(author, "author");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(changeSummary, "changeSummary");
		Objects.requireNonNull(createdAt, "createdAt");
	}

	/**
	 * Metadata of the version that {@code change} makes of {@code content}.
	 * @param content the new content
	 * @param number its version number
	 * @param change who and why
	 * @param createdAt when
	 * @return the version metadata
	 */
	public static ArticleVersion of(ArticleContent content, int number, ArticleChange change, Instant createdAt) {
		return new ArticleVersion(content.id(), number, content.contentHash(), change.author(), change.source(),
				change.summary(), createdAt);
	}

}

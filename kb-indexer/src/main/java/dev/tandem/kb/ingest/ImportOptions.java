package dev.tandem.kb.ingest;

import java.util.Objects;

import dev.tandem.kb.article.ArticleStatus;

/**
 * How an import runs.
 *
 * @param dryRun read and check everything, report what would happen, store nothing
 * @param defaultStatus status of articles whose file names none
 * @param maxArticleBytes size limit of one article's source (a JSON line or element, a
 * CSV record, a Markdown file; an HTML file may be {@value #HTML_MARKUP_ALLOWANCE} times
 * as large)
 * @param author recorded as the author of the versions the import makes
 */
public record ImportOptions(boolean dryRun, ArticleStatus defaultStatus, long maxArticleBytes, String author) {

	public static final long DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

	public static final int HTML_MARKUP_ALLOWANCE = 5;

	public ImportOptions {
		Objects.requireNonNull(defaultStatus, "defaultStatus");
		Objects.requireNonNull(author, "author");
		if (maxArticleBytes < 1) {
			throw new IllegalArgumentException("maxArticleBytes must be positive, got " + maxArticleBytes);
		}
		if (author.isBlank()) {
			throw new IllegalArgumentException("author is blank");
		}
	}

	/**
	 * Stores, status {@code PUBLISHED}, 1 MB per article.
	 * @param author recorded as the author of the versions the import makes
	 * @return the options
	 */
	public static ImportOptions defaults(String author) {
		return new ImportOptions(false, ArticleStatus.PUBLISHED, DEFAULT_MAX_ARTICLE_BYTES, author);
	}

	public ImportOptions withDryRun(boolean dryRun) {
		return new ImportOptions(dryRun, this.defaultStatus, this.maxArticleBytes, this.author);
	}

	public ImportOptions withDefaultStatus(ArticleStatus status) {
		return new ImportOptions(this.dryRun, status, this.maxArticleBytes, this.author);
	}

	public ImportOptions withMaxArticleBytes(long bytes) {
		return new ImportOptions(this.dryRun, this.defaultStatus, bytes, this.author);
	}

}

package dev.tandem.kb.ingest.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.ingest.ImportWarning;
import dev.tandem.kb.ingest.RejectedItem;
import dev.tandem.kb.ingest.SourceLocation;
import dev.tandem.kb.ingest.ValidArticle;

/**
 * One file being read: where it is, the settings that apply and where its items go.
 *
 * @param file the file as reported to the user
 * @param relativePath the file relative to the imported folder (ids of Markdown and HTML
 * articles derive from it)
 * @param maxArticleBytes size limit of one article's source
 * @param defaultStatus status of articles that name none
 * @param sink receives the items
 */
public record ReadContext(Path file, Path relativePath, long maxArticleBytes, ArticleStatus defaultStatus,
		ItemSink sink, Set<String> warnedUnknownFields) {

	public ReadContext(Path file, Path relativePath, long maxArticleBytes, ArticleStatus defaultStatus, ItemSink sink) {
		this(file, relativePath, maxArticleBytes, defaultStatus, sink, new HashSet<>());
	}

	public SourceLocation at(long line) {
		return SourceLocation.line(this.file, line);
	}

	public void accept(ArticleContent content, long line) {
		this.sink.item(new ValidArticle(content, at(line)));
	}

	public void reject(long line, String reason) {
		this.sink.item(RejectedItem.of(at(line), reason));
	}

	public void rejectField(long line, String field, String reason) {
		this.sink.item(RejectedItem.ofField(at(line), field, reason));
	}

	public void warn(long line, String message) {
		this.sink.warning(new ImportWarning(at(line), message));
	}

	/**
	 * Warns about an unknown field once per file, not once per article.
	 * @param line where it was first seen
	 * @param field the field name
	 */
	void warnUnknownField(long line, String field) {
		if (this.warnedUnknownFields.add(field)) {
			warn(line, "unknown field '" + field + "' ignored (known: " + String.join(", ", ArticleFields.KNOWN)
					+ "); further occurrences in this file are not reported");
		}
	}

	String sizeLimitReason() {
		return "article is larger than the limit of " + DataSizes.describe(this.maxArticleBytes)
				+ " (raise it with --max-article-size)";
	}

}

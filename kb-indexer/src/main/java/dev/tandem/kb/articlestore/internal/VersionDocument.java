package dev.tandem.kb.articlestore.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.StoredArticle;

/**
 * One immutable version of an article in {@code <prefix>-article-versions}, id
 * {@link VersionIds#of}: who, when, from where, why, which fields changed, and the full
 * content. {@code content} is left out when only the metadata is read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionDocument(@JsonProperty("article_id") String articleId, int number,
		@JsonProperty("content_hash") String contentHash, String author, String source,
		@JsonProperty("change_summary") String changeSummary,
		@JsonProperty("changed_fields") List<String> changedFields, @JsonProperty("created_at") String createdAt,
		ContentDocument content) {

	public static VersionDocument of(ArticleContent content, ArticleVersion version, List<String> changedFields) {
		return new VersionDocument(version.articleId(), version.number(), version.contentHash(), version.author(),
				version.source().name(), version.changeSummary(), changedFields, version.createdAt().toString(),
				ContentDocument.of(content));
	}

	public ArticleVersion toVersion() {
		return new ArticleVersion(this.articleId, this.number, this.contentHash, this.author,
				ArticleSource.valueOf(this.source), this.changeSummary, Instant.parse(this.createdAt));
	}

	public StoredArticle toStoredArticle() {
		if (this.content == null) {
			throw new IllegalStateException(
					"version " + this.number + " of " + this.articleId + " read without content");
		}
		return new StoredArticle(this.content.toContent(), toVersion());
	}

}

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
 * The current version of an article in {@code <prefix>-articles}, id = article id: the
 * content flat (so that status, category, language and tags can be filtered on) and the
 * metadata of the version it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleDocument(String id, String title, String body, String answer, List<String> questions,
		String category, String language, List<String> tags, String status, int version,
		@JsonProperty("content_hash") String contentHash, String source, @JsonProperty("updated_at") String updatedAt,
		@JsonProperty("updated_by") String updatedBy, @JsonProperty("change_summary") String changeSummary) {

	public static ArticleDocument of(StoredArticle article) {
		ArticleContent content = article.content();
		ArticleVersion version = article.version();
		return new ArticleDocument(content.id(), content.title(), content.body(), content.answer().orElse(null),
				content.questions(), content.category().orElse(null), content.language().orElse(null), content.tags(),
				content.status().name(), version.number(), version.contentHash(), version.source().name(),
				version.createdAt().toString(), version.author(), version.changeSummary());
	}

	public StoredArticle toStoredArticle() {
		ArticleContent content = ContentDocument.toContent(this.id, this.title, this.body, this.answer, this.questions,
				this.category, this.language, this.tags, this.status);
		return new StoredArticle(content, new ArticleVersion(this.id, this.version, this.contentHash, this.updatedBy,
				ArticleSource.valueOf(this.source), this.changeSummary, Instant.parse(this.updatedAt)));
	}

}

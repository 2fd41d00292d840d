package dev.tandem.kb.articlestore.internal;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;

/**
 * An article's content as stored in a version document ({@code content}). Absent optional
 * fields are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentDocument(String id, String title, String body, String answer, List<String> questions,
		String category, String language, List<String> tags, String status) {

	public static ContentDocument of(ArticleContent content) {
		return new ContentDocument(content.id(), content.title(), content.body(), content.answer().orElse(null),
				content.questions(), content.category().orElse(null), content.language().orElse(null), content.tags(),
				content.status().name());
	}

	public ArticleContent toContent() {
		return toContent(this.id, this.title, this.body, this.answer, this.questions, this.category, this.language,
				this.tags, this.status);
	}

	static ArticleContent toContent(String id, String title, String body, String answer, List<String> questions,
			String category, String language, List<String> tags, String status) {
		ArticleStatus parsed = ArticleStatus.parse(status)
			.orElseThrow(() -> new IllegalArgumentException("status '" + status + "' is not an article status"));
		return new ArticleContent(id, title, body, Optional.ofNullable(answer),
				(questions != null) ? questions : List.of(), Optional.ofNullable(category),
				Optional.ofNullable(language), (tags != null) ? tags : List.of(), parsed);
	}

}

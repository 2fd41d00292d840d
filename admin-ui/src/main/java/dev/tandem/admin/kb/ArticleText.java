package dev.tandem.admin.kb;

import java.util.List;

import dev.tandem.kb.article.ArticleContent;

/**
 * An article's content as one text, field by field, for comparing two versions.
 */
final class ArticleText {

	private ArticleText() {
	}

	static String of(ArticleContent content) {
		StringBuilder text = new StringBuilder();
		text.append("title: ").append(content.title()).append('\n');
		text.append("status: ").append(content.status()).append('\n');
		text.append("category: ").append(content.category().orElse("")).append('\n');
		text.append("language: ").append(content.language().orElse("")).append('\n');
		text.append("tags: ").append(String.join(", ", content.tags())).append('\n');
		list(text, "question", content.questions());
		text.append("answer: ").append(content.answer().orElse("")).append('\n');
		text.append("body:\n").append(content.body());
		return text.toString();
	}

	private static void list(StringBuilder text, String name, List<String> values) {
		values.forEach((value) -> text.append(name).append(": ").append(value).append('\n'));
	}

}

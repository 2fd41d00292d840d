package dev.tandem.connector.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.tandem.connector.cases.RichText;
import dev.tandem.connector.cases.RichText.Span;
import dev.tandem.connector.triage.Answers;
import dev.tandem.connector.triage.TriageResult;

/**
 * The words Tandem writes, in the customer's language (English and Chinese; English for
 * anything else and for agents). Every text ends with a reference line carrying the
 * action's idempotency key: that is how a retry recognises a comment Jira already took.
 */
public final class ReplyTemplates {

	private ReplyTemplates() {
	}

	/** The line that identifies a comment written for an outbox action. */
	public static String marker(String idempotencyKey) {
		return "ref " + idempotencyKey;
	}

	public static RichText autoAnswer(String language, Answers.Article article, String key) {
		boolean zh = isChinese(language);
		List<List<Span>> paragraphs = new ArrayList<>();
		paragraphs.add(List.of(Span
			.text(zh ? "您好，感谢您的联系。以下内容应该能解决您的问题：" : "Hi, thanks for reaching out. This should answer your question:")));
		for (String chunk : article.answer().strip().split("\\n\\s*\\n")) {
			if (!chunk.isBlank()) {
				paragraphs.add(List.of(Span.text(chunk.strip())));
			}
		}
		article.url()
			.ifPresent((url) -> paragraphs
				.add(List.of(Span.text(zh ? "详细说明：" : "More details: "), Span.link(article.title(), url))));
		paragraphs.add(List.of(Span.bold(zh ? "问题解决了吗？" : "Did this solve it?"),
				Span.text(zh ? " 如果解决了，请回复“解决了”；如果需要人工客服，请回复“转人工”，我们的同事会马上接手。"
						: " Reply \"yes\" if it did, or ask for a person and a colleague will take over right away.")));
		paragraphs.add(footer(zh ? "Tandem 自动回复" : "Automatic answer by Tandem", key));
		return new RichText(paragraphs);
	}

	public static RichText suggestionNote(TriageResult triage, String key) {
		List<List<Span>> paragraphs = new ArrayList<>();
		paragraphs.add(List.of(Span.bold("Tandem's suggestion"),
				Span.text(String.format(Locale.ROOT, " (confidence %.2f, language %s, sentiment %s, priority %s)",
						triage.confidence(), triage.language(), triage.sentiment().label(), triage.priority()))));
		triage.bestArticle()
			.filter((article) -> !article.answer().isBlank())
			.ifPresent(
					(article) -> paragraphs.add(List.of(Span.text("Suggested answer: " + article.answer().strip()))));
		if (!triage.articles().isEmpty()) {
			paragraphs.add(List.of(Span.text("Articles:")));
			for (Answers.Article article : triage.articles()) {
				String score = String.format(Locale.ROOT, " (score %.2f)", article.score());
				paragraphs.add(article.url()
					.map((url) -> List.of(Span.text("- "), Span.link(article.title(), url), Span.text(score)))
					.orElseGet(() -> List.of(Span.text("- " + article.title() + score))));
			}
		}
		paragraphs.add(List.of(Span.text("Why: " + String.join(" ", triage.reasons()))));
		paragraphs.add(footer("Internal note by Tandem", key));
		return new RichText(paragraphs);
	}

	public static RichText handOverNote(List<String> reasons, String key) {
		return new RichText(List.of(List.of(Span.bold("Handed over by Tandem: "), Span.text(String.join(" ", reasons))),
				footer("Internal note by Tandem", key)));
	}

	public static RichText resolvedReply(String language, String key) {
		boolean zh = isChinese(language);
		return new RichText(List.of(
				List.of(Span.text(zh ? "太好了，很高兴问题已经解决！如有其他问题，随时回复此工单即可。"
						: "Great, glad that solved it! If anything else comes up, just reply here.")),
				footer(zh ? "Tandem 自动回复" : "Automatic answer by Tandem", key)));
	}

	public static RichText escalationReply(String language, String key) {
		boolean zh = isChinese(language);
		return new RichText(List.of(
				List.of(Span.text(zh ? "好的，已为您转接人工客服，同事会尽快回复您。"
						: "Understood: a colleague is taking over and will get back to you shortly.")),
				footer(zh ? "Tandem 自动回复" : "Automatic answer by Tandem", key)));
	}

	private static List<Span> footer(String who, String key) {
		return List.of(Span.text("— " + who + " (" + marker(key) + ")"));
	}

	private static boolean isChinese(String language) {
		return language != null && language.toLowerCase(Locale.ROOT).startsWith("zh");
	}

}

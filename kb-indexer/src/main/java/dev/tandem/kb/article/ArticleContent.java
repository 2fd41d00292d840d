package dev.tandem.kb.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.tandem.kb.article.internal.CanonicalContentHash;
import dev.tandem.kb.article.internal.MarkdownSummary;

/**
 * What an article says: the part a user writes and imports, without version metadata.
 * <p>
 * The constructor normalises so that equal content has equal {@link #contentHash()}:
 * surrounding blanks are removed from every text, line endings become {@code \n}, blank
 * questions and tags are dropped and repeated ones kept once, blank optional texts become
 * empty, and a language tag is written canonically ({@code zh_cn} becomes {@code zh-CN}).
 *
 * @param id stable id, see {@link ArticleId}
 * @param title one-line title
 * @param body Markdown text
 * @param answer short reply used in automatic answers; empty means
 * {@link #effectiveAnswer()} summarises the body
 * @param questions questions this article answers, in the users' words
 * @param category category, e.g. {@code billing}
 * @param language BCP 47 language tag; empty means it is detected when the article is
 * indexed
 * @param tags free tags
 * @param status life cycle status
 */
public record ArticleContent(String id, String title, String body, Optional<String> answer, List<String> questions,
		Optional<String> category, Optional<String> language, List<String> tags, ArticleStatus status) {

	/** Longest title accepted, in characters. */
	public static final int MAX_TITLE_LENGTH = 500;

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*");

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	public ArticleContent {
		ArticleId.requireValid(id);
		title = BLANKS.matcher(requireText(title, "title")).replaceAll(" ");
		if (title.length() > MAX_TITLE_LENGTH) {
			throw new IllegalArgumentException("title is longer than " + MAX_TITLE_LENGTH + " characters");
		}
		body = normaliseBody(requireText(body, "body"));
		answer = optionalText(answer).map(ArticleContent::normaliseBody);
		questions = distinctTexts(questions, "questions");
		category = optionalText(category);
		language = optionalText(language).map(ArticleContent::canonicalLanguage);
		tags = distinctTexts(tags, "tags");
		Objects.requireNonNull(status, "status");
	}

	/**
	 * Starts building content with the required fields; status defaults to
	 * {@link ArticleStatus#PUBLISHED}.
	 * @param id the id
	 * @param title the title
	 * @param body the Markdown body
	 * @return a builder
	 */
	public static Builder builder(String id, String title, String body) {
		return new Builder(id, title, body);
	}

	/**
	 * Tells whether a language tag would be accepted.
	 * @param tag the tag, e.g. {@code en} or {@code zh-CN}
	 * @return true when it is a well-formed tag
	 */
	public static boolean isLanguageTag(String tag) {
		return tag != null && LANGUAGE_TAG.matcher(tag.strip()).matches();
	}

	/**
	 * The reply used in automatic answers: the explicit answer, or a short plain-text
	 * summary of the body (its first sentences, about 300 characters at most).
	 * @return the answer text, never blank
	 */
	public String effectiveAnswer() {
		return this.answer.orElseGet(() -> {
			String summary = MarkdownSummary.summarise(this.body);
			// A body of only markup (a rule, an empty table) has no prose: the title is
			// the best reply left.
			return summary.isBlank() ? this.title : summary;
		});
	}

	/**
	 * SHA-256 over a canonical form of every field, as 64 lowercase hex digits. Importing
	 * unchanged content again gives the same hash, which is how an unchanged article is
	 * recognised.
	 * @return the content hash
	 */
	public String contentHash() {
		return CanonicalContentHash.of(this);
	}

	public ArticleContent withStatus(ArticleStatus newStatus) {
		return new ArticleContent(this.id, this.title, this.body, this.answer, this.questions, this.category,
				this.language, this.tags, newStatus);
	}

	public ArticleContent withLanguage(String newLanguage) {
		return new ArticleContent(this.id, this.title, this.body, this.answer, this.questions, this.category,
				Optional.ofNullable(newLanguage), this.tags, this.status);
	}

	public Builder toBuilder() {
		Builder builder = new Builder(this.id, this.title, this.body).questions(this.questions)
			.tags(this.tags)
			.status(this.status);
		this.answer.ifPresent(builder::answer);
		this.category.ifPresent(builder::category);
		this.language.ifPresent(builder::language);
		return builder;
	}

	private static String requireText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(field + " is blank");
		}
		return text.strip();
	}

	private static String normaliseBody(String text) {
		String unified = LINE_BREAK.matcher(text).replaceAll("\n").stripTrailing();
		// Drop leading blank lines but keep the indentation of the first line (Markdown
		// code blocks).
		int start = 0;
		for (int i = 0; i < unified.length(); i++) {
			char c = unified.charAt(i);
			if (c == '\n') {
				start = i + 1;
			}
			else if (!Character.isWhitespace(c)) {
				break;
			}
		}
		return unified.substring(start);
	}

	private static Optional<String> optionalText(Optional<String> text) {
		Objects.requireNonNull(text, "optional text must be Optional.empty(), not null");
		return text.map(String::strip).filter((value) -> !value.isEmpty());
	}

	private static List<String> distinctTexts(List<String> texts, String field) {
		Objects.requireNonNull(texts, field);
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (String text : texts) {
			Objects.requireNonNull(text, field + " contains null");
			String value = BLANKS.matcher(text.strip()).replaceAll(" ");
			if (!value.isEmpty()) {
				distinct.add(value);
			}
		}
		return List.copyOf(distinct);
	}

	private static String canonicalLanguage(String tag) {
		if (!isLanguageTag(tag)) {
			throw new IllegalArgumentException("language '" + tag + "' is not a language tag such as en or zh-CN");
		}
		return Locale.forLanguageTag(tag.replace('_', '-')).toLanguageTag();
	}

	/**
	 * Builds {@link ArticleContent}; optional fields left unset are empty.
	 */
	public static final class Builder {

		private final String id;

		private final String title;

		private final String body;

		private String answer;

		private List<String> questions = List.of();

		private String category;

		private String language;

		private List<String> tags = List.of();

		private ArticleStatus status = ArticleStatus.PUBLISHED;

		private Builder(String id, String title, String body) {
			this.id = id;
			this.title = title;
			this.body = body;
		}

		public Builder answer(String answer) {
			this.answer = answer;
			return this;
		}

		public Builder questions(List<String> questions) {
			this.questions = new ArrayList<>(questions);
			return this;
		}

		public Builder category(String category) {
			this.category = category;
			return this;
		}

		public Builder language(String language) {
			this.language = language;
			return this;
		}

		public Builder tags(List<String> tags) {
			this.tags = new ArrayList<>(tags);
			return this;
		}

		public Builder status(ArticleStatus status) {
			this.status = status;
			return this;
		}

		public ArticleContent build() {
			return new ArticleContent(this.id, this.title, this.body, Optional.ofNullable(this.answer), this.questions,
					Optional.ofNullable(this.category), Optional.ofNullable(this.language), this.tags, this.status);
		}

	}

}

package dev.tandem.kb.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleId;
import dev.tandem.kb.article.ArticleStatus;

/**
 * Turns the fields of one article, as parsed from JSON, CSV or YAML front matter, into
 * {@link ArticleContent} or a rejection naming the first wrong field. Field names are the
 * import format's: {@link #KNOWN}.
 */
final class ArticleFields {

	static final List<String> KNOWN = List.of("id", "title", "body", "answer", "questions", "category", "language",
			"tags", "status");

	private final ReadContext context;

	private final long line;

	private final boolean lenientScalars;

	/**
	 * @param context the file being read
	 * @param line where the article starts
	 * @param lenientScalars whether numbers and booleans count as text (YAML writes
	 * {@code title: 404} unquoted); JSON is strict
	 */
	ArticleFields(ReadContext context, long line, boolean lenientScalars) {
		this.context = context;
		this.line = line;
		this.lenientScalars = lenientScalars;
	}

	/**
	 * Checks the fields and hands the result to the context's sink.
	 * @param node the article's fields; readers put derived values (an id from the path)
	 * in before
	 * @param missingReasons why a required field is missing, by field name, where "is
	 * missing" says too little
	 */
	void assemble(JsonNode node, Map<String, String> missingReasons) {
		if (!node.isObject()) {
			this.context.reject(this.line,
					"expected an article object {\"id\": ..., \"title\": ..., \"body\": ...}, got " + describe(node));
			return;
		}
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			if (!KNOWN.contains(property.getKey())) {
				this.context.warnUnknownField(this.line, property.getKey());
			}
		}
		try {
			this.context.accept(read(node, missingReasons), this.line);
		}
		catch (FieldRejected ex) {
			this.context.rejectField(this.line, ex.field(), ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			// A rule of the model that the checks here did not foresee: still a
			// rejection, never a crash.
			this.context.reject(this.line, ex.getMessage());
		}
	}

	private ArticleContent read(JsonNode node, Map<String, String> missingReasons) {
		String id = required(node, "id", missingReasons).strip();
		Optional<String> idProblem = ArticleId.problem(id);
		if (idProblem.isPresent()) {
			throw new FieldRejected("id", "'" + id + "' " + idProblem.get());
		}
		String title = required(node, "title", missingReasons);
		if (title.strip().length() > ArticleContent.MAX_TITLE_LENGTH) {
			throw new FieldRejected("title", "is longer than " + ArticleContent.MAX_TITLE_LENGTH + " characters");
		}
		String body = required(node, "body", missingReasons);
		Optional<String> answer = text(node, "answer");
		List<String> questions = texts(node, "questions");
		Optional<String> category = text(node, "category");
		Optional<String> language = text(node, "language");
		if (language.isPresent() && !language.get().isBlank() && !ArticleContent.isLanguageTag(language.get())) {
			throw new FieldRejected("language", "'" + language.get() + "' is not a language tag such as en or zh-CN");
		}
		List<String> tags = texts(node, "tags");
		ArticleStatus status = this.context.defaultStatus();
		Optional<String> statusText = text(node, "status").filter((value) -> !value.isBlank());
		if (statusText.isPresent()) {
			status = ArticleStatus.parse(statusText.get())
				.orElseThrow(() -> new FieldRejected("status",
						"unknown status '" + statusText.get() + "' (expected DRAFT, PUBLISHED or ARCHIVED)"));
		}
		return new ArticleContent(id, title, body, answer, questions, category, language, tags, status);
	}

	private String required(JsonNode node, String field, Map<String, String> missingReasons) {
		Optional<String> value = text(node, field);
		if (value.isEmpty()) {
			throw new FieldRejected(field, missingReasons.getOrDefault(field, "is missing"));
		}
		if (value.get().isBlank()) {
			// Readers that fill a field themselves (a Markdown body) explain an empty one
			// better.
			throw new FieldRejected(field, missingReasons.getOrDefault(field, "is empty"));
		}
		return value.get();
	}

	/**
	 * A text field; absent and {@code null} are empty.
	 */
	private Optional<String> text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isMissingNode()) {
			return Optional.empty();
		}
		if (value.isString() || (this.lenientScalars && (value.isNumber() || value.isBoolean()))) {
			return Optional.of(value.asString());
		}
		throw new FieldRejected(field, "must be a string, got " + describe(value));
	}

	/**
	 * A list of texts; absent and {@code null} are empty.
	 */
	private List<String> texts(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isMissingNode()) {
			return List.of();
		}
		if (this.lenientScalars && (value.isString() || value.isNumber())) {
			return List.of(value.asString());
		}
		if (!value.isArray()) {
			throw new FieldRejected(field, "must be an array of strings, got " + describe(value));
		}
		List<String> texts = new ArrayList<>(value.size());
		for (int i = 0; i < value.size(); i++) {
			JsonNode element = value.get(i);
			if (element.isString() || (this.lenientScalars && (element.isNumber() || element.isBoolean()))) {
				texts.add(element.asString());
			}
			else {
				throw new FieldRejected(field,
						"must be an array of strings, but element " + (i + 1) + " is " + describe(element));
			}
		}
		return texts;
	}

	private static String describe(JsonNode node) {
		return switch (node.getNodeType()) {
			case ARRAY -> "an array";
			case OBJECT -> "an object";
			case NUMBER -> "a number (" + node.asString() + ")";
			case BOOLEAN -> "a boolean (" + node.asString() + ")";
			case NULL -> "null";
			case STRING -> "a string";
			default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
		};
	}

	/**
	 * Ends reading an article at its first wrong field.
	 */
	static final class FieldRejected extends RuntimeException {

		private final String field;

		FieldRejected(String field, String reason) {
			super(reason, null, false, false);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

}

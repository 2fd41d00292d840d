package dev.tandem.kb.evaluation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.tandem.kb.analysis.SynonymGroup;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.calibration.OutOfScopeExamples;
import dev.tandem.kb.evaluation.EvaluationQuestion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the inputs of {@code kb-indexer eval}: articles (JSON Lines in the import format
 * of CONTRACT.md), questions with their expected articles, and an optional synonym list.
 * Every problem is reported with file, line and field.
 */
public final class EvaluationFiles {

	private final JsonMapper json = JsonMapper.builder().build();

	/** A problem in an input file: file, line and what is wrong. */
	public static final class InvalidInputException extends Exception {

		public InvalidInputException(String message) {
			super(message);
		}

	}

	public List<ArticleContent> articles(Path file) throws InvalidInputException {
		List<ArticleContent> articles = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>();
		int number = 0;
		for (String line : lines(file)) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = parse(file, number, line);
			try {
				ArticleContent article = ArticleContent
					.builder(text(node, "id"), text(node, "title"), text(node, "body"))
					.answer(optional(node, "answer"))
					.questions(list(node, "questions"))
					.category(optional(node, "category"))
					.language(optional(node, "language"))
					.tags(list(node, "tags"))
					.status(status(node))
					.build();
				if (!ids.add(article.id())) {
					throw new IllegalArgumentException("id '" + article.id() + "' appears twice");
				}
				articles.add(article);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(file + ":" + number + ": " + ex.getMessage());
			}
		}
		return articles;
	}

	/**
	 * Questions: {@code {"id": "q1", "text": "...", "expected": "article-id"}};
	 * {@code expected} may also be a list of ids, and is empty or missing for a question
	 * the knowledge base does not cover.
	 */
	public List<EvaluationQuestion> questions(Path file) throws InvalidInputException {
		List<EvaluationQuestion> questions = new ArrayList<>();
		int number = 0;
		for (String line : lines(file)) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = parse(file, number, line);
			try {
				String id = node.path("id").isMissingNode() ? "line-" + number : node.path("id").asString();
				JsonNode expected = node.path("expected");
				Set<String> ids = new LinkedHashSet<>();
				if (expected.isArray()) {
					expected.forEach((e) -> ids.add(e.asString()));
				}
				else if (expected.isString() && !expected.asString().isBlank()) {
					ids.add(expected.asString());
				}
				else if (!expected.isMissingNode() && !expected.isNull() && !expected.isString()) {
					throw new IllegalArgumentException(
							"field \"expected\" must be an article id, a list of ids or empty");
				}
				ids.removeIf(String::isBlank);
				questions.add(new EvaluationQuestion(id, text(node, "text"), ids));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(file + ":" + number + ": " + ex.getMessage());
			}
		}
		return questions;
	}

	/**
	 * One synonym group a line, terms separated by commas; {@code #} starts a comment.
	 */
	public List<SynonymGroup> synonyms(Path file) throws InvalidInputException {
		List<SynonymGroup> groups = new ArrayList<>();
		int number = 0;
		for (String line : lines(file)) {
			number++;
			String content = line.replaceAll("#.*", "").strip();
			if (content.isEmpty()) {
				continue;
			}
			try {
				groups.add(SynonymGroup.parse(content));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(file + ":" + number + ": " + ex.getMessage());
			}
		}
		return groups;
	}

	/**
	 * Known out-of-scope questions: lines of the questions format without an expected
	 * article, or, from a {@code .txt} file, one question a line (blank lines skipped).
	 */
	public OutOfScopeExamples outOfScopeExamples(Path file) throws InvalidInputException {
		List<String> texts;
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
			texts = lines(file).stream().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		}
		else {
			List<EvaluationQuestion> questions = questions(file);
			for (EvaluationQuestion question : questions) {
				if (question.inScope()) {
					throw new InvalidInputException("%s: question %s names an expected article (%s): an out-of-scope "
						.formatted(file, question.id(), String.join(", ", question.expected())) + "example must not");
				}
			}
			texts = questions.stream().map(EvaluationQuestion::text).toList();
		}
		try {
			return new OutOfScopeExamples(texts);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(file + ": " + ex.getMessage());
		}
	}

	private List<String> lines(Path file) throws InvalidInputException {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new InvalidInputException("Cannot read " + file + ": it is not UTF-8 text (save it as UTF-8)");
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot read " + file + ": " + ex.getMessage());
		}
	}

	private JsonNode parse(Path file, int number, String line) throws InvalidInputException {
		try {
			JsonNode node = this.json.readTree(line);
			if (!node.isObject()) {
				throw new InvalidInputException(file + ":" + number + ": not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new InvalidInputException(file + ":" + number + ": not valid JSON (" + ex.getOriginalMessage() + ")");
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString() || value.asString().isBlank()) {
			throw new IllegalArgumentException("field \"" + field + "\" is missing or blank");
		}
		return value.asString();
	}

	private static String optional(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.asString() : null;
	}

	private static List<String> list(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new IllegalArgumentException("field \"" + field + "\" must be a list of texts");
		}
		List<String> texts = new ArrayList<>();
		value.forEach((item) -> texts.add(item.asString()));
		return texts;
	}

	private static ArticleStatus status(JsonNode node) {
		String text = optional(node, "status");
		if (text == null) {
			return ArticleStatus.PUBLISHED;
		}
		return ArticleStatus.parse(text)
			.orElseThrow(() -> new IllegalArgumentException(
					"field \"status\" is '" + text + "', expected DRAFT, PUBLISHED or ARCHIVED"));
	}

}

package dev.tandem.kb.answering;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.retrieval.RetrievalException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * {@code kb-indexer ask --input QUESTIONS.jsonl --output ANSWERS.jsonl}: batch retrieval
 * without side effects (CONTRACT.md "Batch ask").
 */
@Component
@Command(name = "ask", mixinStandardHelpOptions = true, description = {
		"Answer questions from a JSON Lines file with the knowledge base, without side effects.",
		"Input lines {\"id\": \"q1\", \"text\": \"...\"}; output lines {\"id\", \"answerable\", \"confidence\", "
				+ "\"language\", \"articles\": [{\"id\", \"score\"}]} in the same order." })
public class AskCommand implements Callable<Integer> {

	@Option(names = "--input", required = true, paramLabel = "QUESTIONS.jsonl",
			description = "questions, one JSON object a line")
	Path input;

	@Option(names = "--output", required = true, paramLabel = "ANSWERS.jsonl", description = "where the answers go")
	Path output;

	private final AnswerRetriever retriever;

	private final CalibrationService calibration;

	private final JsonMapper json = JsonMapper.builder().build();

	public AskCommand(AnswerRetriever retriever, CalibrationService calibration) {
		this.retriever = retriever;
		this.calibration = calibration;
	}

	@Override
	public Integer call() {
		List<String> ids = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		int rejected = readQuestions(ids, texts);
		if (rejected < 0) {
			return 1;
		}
		try {
			if (this.calibration.isStale()) {
				System.err.println("The knowledge base changed since it was last calibrated: calibrating ...");
				Calibration fresh = this.calibration.recalibrate((done) -> {
				});
				System.err.printf(Locale.ROOT, "Calibrated: threshold %.3f%s%n", fresh.threshold(),
						fresh.warning().map((w) -> " (" + w + ")").orElse(""));
			}
			this.calibration.current().warning().ifPresent((w) -> System.err.println("Warning: " + w));
			List<RetrievalResult> results = new ArrayList<>(texts.size());
			for (int from = 0; from < texts.size(); from += 256) {
				results.addAll(this.retriever.retrieveAll(texts.subList(from, Math.min(texts.size(), from + 256)),
						RetrievalOptions.defaults()));
				if (texts.size() > 256) {
					System.err.printf("%d / %d questions%n", results.size(), texts.size());
				}
			}
			write(ids, results);
			long answerable = results.stream().filter(RetrievalResult::answerable).count();
			System.err.printf("%d questions, %d answerable automatically, written to %s%n", results.size(), answerable,
					this.output);
			return (rejected > 0) ? 1 : 0;
		}
		catch (RetrievalException | IllegalStateException ex) {
			System.err.println("ask failed: " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			System.err.println("Cannot write " + this.output + ": " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Reads valid lines; names each bad one. Returns the number rejected, -1 when
	 * unreadable.
	 */
	private int readQuestions(List<String> ids, List<String> texts) {
		int rejected = 0;
		try (BufferedReader reader = Files.newBufferedReader(this.input, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				String problem = null;
				try {
					JsonNode node = this.json.readTree(line);
					JsonNode id = node.path("id");
					JsonNode text = node.path("text");
					if (!node.isObject()) {
						problem = "not a JSON object";
					}
					else if (!(id.isString() || id.isNumber()) || id.asString().isBlank()) {
						problem = "field \"id\" is missing or blank";
					}
					else if (!text.isString() || text.asString().isBlank()) {
						problem = "field \"text\" is missing or blank";
					}
					else {
						ids.add(id.asString());
						texts.add(text.asString());
					}
				}
				catch (JacksonException ex) {
					problem = "not valid JSON (" + ex.getOriginalMessage() + ")";
				}
				if (problem != null) {
					rejected++;
					System.err.printf("%s:%d: %s; line skipped%n", this.input, number, problem);
				}
			}
			return rejected;
		}
		catch (IOException ex) {
			System.err.println("Cannot read " + this.input + ": " + ex.getMessage());
			return -1;
		}
	}

	private void write(List<String> ids, List<RetrievalResult> results) throws IOException {
		Path parent = this.output.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		// Written to a temporary file and moved: a failed run leaves no half-written
		// output.
		Path temporary = Files.createTempFile(parent, ".ask-", ".jsonl");
		try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			for (int i = 0; i < results.size(); i++) {
				writer.write(this.json.writeValueAsString(line(ids.get(i), results.get(i))));
				writer.newLine();
			}
		}
		Files.move(temporary, this.output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	ObjectNode line(String id, RetrievalResult result) {
		ObjectNode node = this.json.createObjectNode();
		node.put("id", id);
		node.put("answerable", result.answerable());
		node.put("confidence", round(result.confidence()));
		node.put("language", result.language());
		ArrayNode articles = node.putArray("articles");
		for (ArticleMatch match : result.articles()) {
			articles.addObject().put("id", match.id()).put("score", round(match.score()));
		}
		return node;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}

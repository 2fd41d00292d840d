package dev.tandem.kb.answering;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.tandem.kb.cli.KbIndexerCommandLine;
import dev.tandem.kb.testsupport.FixtureApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path as a user runs it: articles saved in the article store are indexed for
 * search through {@code ArticleSaved}, and {@code kb-indexer ask} answers in the format
 * of CONTRACT.md.
 */
class AskCommandIT {

	private static FixtureApplication application;

	private static ConfigurableApplicationContext context;

	@BeforeAll
	static void start() {
		application = FixtureApplication.start("ask-command");
		context = application.context();
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void askWritesOneAnswerLinePerQuestionInTheContractFormat(@TempDir Path dir) throws Exception {
		Path input = dir.resolve("questions.jsonl");
		Path output = dir.resolve("out/answers.jsonl");
		Files.writeString(input, """
				{"id": "q1", "text": "my refund has not arrived yet"}
				{"id": "q2", "text": "what is the capital of France"}
				{"id": "q3", "text": "密码忘了"}
				""", StandardCharsets.UTF_8);
		int exit = context.getBean(KbIndexerCommandLine.class)
			.execute("ask", "--input", input.toString(), "--output", output.toString());
		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(3);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode first = json.readTree(lines.get(0));
		assertThat(first.get("id").asString()).isEqualTo("q1");
		assertThat(first.get("answerable").isBoolean()).isTrue();
		assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(first.get("language").asString()).isEqualTo("en");
		assertThat(first.get("articles").get(0).get("id").asString()).isEqualTo("refund-time");
		assertThat(first.get("articles").get(0).get("score").isNumber()).isTrue();
		assertThat(first.get("articles").size()).isLessThanOrEqualTo(5);
		JsonNode outOfScope = json.readTree(lines.get(1));
		assertThat(outOfScope.get("answerable").asBoolean()).isFalse();
		JsonNode chinese = json.readTree(lines.get(2));
		assertThat(chinese.get("language").asString()).isEqualTo("zh");
		assertThat(chinese.get("articles").get(0).get("id").asString()).isEqualTo("zh-password");
	}

	@Test
	void badInputLinesAreNamedAndSkipped(@TempDir Path dir) throws Exception {
		Path input = dir.resolve("questions.jsonl");
		Path output = dir.resolve("answers.jsonl");
		Files.writeString(input, """
				{"id": "ok", "text": "printer offline"}
				{"id": "no-text"}
				not json
				""", StandardCharsets.UTF_8);
		int exit = context.getBean(KbIndexerCommandLine.class)
			.execute("ask", "--input", input.toString(), "--output", output.toString());
		assertThat(exit).isEqualTo(1);
		assertThat(Files.readAllLines(output)).hasSize(1).first().asString().contains("\"id\":\"ok\"");
	}

}

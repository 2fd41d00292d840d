package dev.tandem.kb.answering;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.tandem.kb.KbIndexerApplication;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.cli.KbIndexerCommandLine;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.retrieval.ArticleIndexingQueue;
import dev.tandem.kb.retrieval.HybridSearch;
import dev.tandem.kb.retrieval.RetrievalFixtures;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole path as a user runs it: articles saved in the article store are indexed for
 * search through {@code ArticleSaved}, and {@code kb-indexer ask} answers in the format
 * of CONTRACT.md.
 */
class AskCommandIT {

	private static IndexNames names;

	private static ConfigurableApplicationContext context;

	@BeforeAll
	static void startWithSavedArticles() {
		names = SharedElasticsearch.indexNames("ask-command");
		context = new SpringApplicationBuilder(KbIndexerApplication.class).web(WebApplicationType.NONE)
			.properties("spring.elasticsearch.uris=" + SharedElasticsearch.uri(),
					"tandem.index-prefix=" + names.indexPrefix(), "logging.level.root=WARN")
			.run();
		ArticleRepository repository = context.getBean(ArticleRepository.class);
		RetrievalFixtures.articles()
			.forEach((article) -> repository.save(article, new ArticleChange("it", ArticleSource.IMPORT, "fixture")));
		ArticleIndexingQueue queue = context.getBean(ArticleIndexingQueue.class);
		HybridSearch search = context.getBean(HybridSearch.class);
		// the units index is created by the indexing thread while this one already polls:
		// tolerate its first moments
		await().atMost(Duration.ofMinutes(2))
			.ignoreExceptions()
			.until(() -> queue.pending() == 0 && search.exampleQuestions().size() == 46);
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
		}
		SharedElasticsearch.deleteIndices(names);
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

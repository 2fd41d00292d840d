package dev.tandem.kb.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.cli.KbIndexerCommandLine;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.retrieval.HybridSearch;
import dev.tandem.kb.testsupport.FixtureApplication;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kb-indexer out-of-scope import|list|clear} against a real knowledge base: the
 * questions are stored, calibration is recomputed with them (its fingerprint says so), a
 * bad file changes nothing, and {@code list} prints what is stored.
 */
class OutOfScopeCommandIT {

	private static FixtureApplication application;

	private static IndexNames names;

	private static ConfigurableApplicationContext context;

	@BeforeAll
	static void start() {
		application = FixtureApplication.start("out-of-scope-command");
		names = application.names();
		context = application.context();
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void importedQuestionsAreStoredAndCalibratedWithUntilCleared(@TempDir Path dir) throws Exception {
		CalibrationService calibration = context.getBean(CalibrationService.class);
		KbIndexerCommandLine cli = context.getBean(KbIndexerCommandLine.class);
		Path file = dir.resolve("out-of-scope.jsonl");
		Files.writeString(file, """
				{"id": "w", "text": "what is the weather in Paris tomorrow"}
				{"text": "book me a table for two tonight"}

				{"id": "dup", "text": "what is the weather in Paris tomorrow"}
				""", StandardCharsets.UTF_8);
		assertThat(cli.execute("out-of-scope", "import", file.toString())).isZero();
		assertThat(calibration.outOfScopeExamples().texts()).containsExactly("what is the weather in Paris tomorrow",
				"book me a table for two tonight");
		String knowledgeBase = context.getBean(HybridSearch.class).fingerprint();
		assertThat(calibration.current().fingerprint())
			.isEqualTo(calibration.outOfScopeExamples().fingerprintOf(knowledgeBase))
			.contains("+out-of-scope:");
		assertThat(calibration.current().calibrated()).isTrue();
		assertThat(calibration.isStale()).isFalse();

		Path more = dir.resolve("more.jsonl");
		Files.writeString(more, "{\"text\": \"order a pizza\"}\n", StandardCharsets.UTF_8);
		assertThat(cli.execute("out-of-scope", "import", more.toString(), "--append")).isZero();
		assertThat(calibration.outOfScopeExamples().texts()).hasSize(3).endsWith("order a pizza");
		assertThat(printed(() -> cli.execute("out-of-scope", "list")))
			.isEqualTo(("{\"text\":\"what is the weather in Paris tomorrow\"}%n{\"text\":\"book me a table for two "
					+ "tonight\"}%n{\"text\":\"order a pizza\"}%n")
				.formatted());

		assertThat(cli.execute("out-of-scope", "clear")).isZero();
		assertThat(calibration.outOfScopeExamples().isEmpty()).isTrue();
		assertThat(calibration.current().fingerprint()).isEqualTo(knowledgeBase);
	}

	@Test
	void aFileWithAnAnswerableQuestionOrBadJsonChangesNothing(@TempDir Path dir) throws Exception {
		CalibrationService calibration = context.getBean(CalibrationService.class);
		KbIndexerCommandLine cli = context.getBean(KbIndexerCommandLine.class);
		var before = calibration.outOfScopeExamples();
		Path answerable = dir.resolve("answerable.jsonl");
		Files.writeString(answerable, """
				{"id": "ok", "text": "book me a table"}
				{"id": "refund", "text": "where is my refund", "expected": "refund-time"}
				""", StandardCharsets.UTF_8);
		assertThat(cli.execute("out-of-scope", "import", answerable.toString())).isEqualTo(1);
		Path broken = dir.resolve("broken.jsonl");
		Files.writeString(broken, "{\"text\": \"fine\"}\nnot json\n", StandardCharsets.UTF_8);
		assertThat(cli.execute("out-of-scope", "import", broken.toString())).isEqualTo(1);
		assertThat(cli.execute("out-of-scope", "frobnicate")).isEqualTo(2);
		assertThat(calibration.outOfScopeExamples()).isEqualTo(before);
	}

	/**
	 * What the admin UI does: store, and recalibrate in the background like after an
	 * import.
	 */
	@Test
	void storingExamplesSchedulesARecalibrationWithThem() {
		CalibrationService calibration = context.getBean(CalibrationService.class);
		var examples = new dev.tandem.kb.calibration.OutOfScopeExamples(java.util.List.of("order a pizza"));
		calibration.storeOutOfScopeExamples(examples);
		assertThat(calibration.recalibrationPending()).isTrue();
		assertThat(calibration.runPendingNow((replayed) -> {
		}, () -> {
		})).hasValueSatisfying((calibrated) -> assertThat(calibrated.fingerprint())
			.isEqualTo(examples.fingerprintOf(context.getBean(HybridSearch.class).fingerprint())));
		assertThat(calibration.recalibrationPending()).isFalse();
		calibration.replaceOutOfScopeExamples(dev.tandem.kb.calibration.OutOfScopeExamples.NONE, (replayed) -> {
		});
	}

	/** A stored list this version cannot read must not stop calibration. */
	@Test
	void anUnreadableStoredListCalibratesWithoutItAndLeavesItAsItIs() throws Exception {
		CalibrationService calibration = context.getBean(CalibrationService.class);
		calibration.replaceOutOfScopeExamples(dev.tandem.kb.calibration.OutOfScopeExamples.NONE, (replayed) -> {
		});
		String index = names.alias("kb-calibration");
		var client = SharedElasticsearch.connection().client();
		client.index((i) -> i.index(index)
			.id("out-of-scope-examples")
			.withJson(new java.io.StringReader("{\"texts\": [\"ok\", 42, {\"not\": \"text\"}]}"))
			.refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
		assertThat(calibration.outOfScopeExamples().isEmpty()).isTrue();
		assertThat(calibration.recalibrate((replayed) -> {
		}).fingerprint()).isEqualTo(context.getBean(HybridSearch.class).fingerprint());
		assertThat(client.get((g) -> g.index(index).id("out-of-scope-examples"), java.util.Map.class).found()).isTrue();
		calibration.replaceOutOfScopeExamples(dev.tandem.kb.calibration.OutOfScopeExamples.NONE, (replayed) -> {
		});
	}

	@Test
	void evalCalibratesWithKnownOutOfScopeExamplesAndRefusesAnswerableOnes(@TempDir Path dir) throws Exception {
		KbIndexerCommandLine cli = context.getBean(KbIndexerCommandLine.class);
		Path articles = dir.resolve("articles.jsonl");
		assertThat(cli.execute("export", "--output", articles.toString())).isZero();
		Path questions = dir.resolve("questions.jsonl");
		Files.writeString(questions, """
				{"id": "q1", "text": "my refund has not arrived yet", "expected": "refund-time"}
				{"id": "q2", "text": "what is the capital of France"}
				""", StandardCharsets.UTF_8);
		Path known = dir.resolve("known.jsonl");
		Files.writeString(known, """
				{"text": "book me a table for two tonight"}
				{"text": "what is the weather in Paris tomorrow"}
				""", StandardCharsets.UTF_8);
		String report = printed(() -> cli.execute("eval", "--kb", articles.toString(), "--questions",
				questions.toString(), "--out-of-scope-examples", known.toString(), "--json"));
		assertThat(report).contains("\"questions\"");
		Path answerable = dir.resolve("answerable.jsonl");
		Files.writeString(answerable, "{\"text\": \"refund?\", \"expected\": \"refund-time\"}\n",
				StandardCharsets.UTF_8);
		assertThat(cli.execute("eval", "--kb", articles.toString(), "--questions", questions.toString(),
				"--out-of-scope-examples", answerable.toString()))
			.isEqualTo(1);
	}

	private static String printed(java.util.function.IntSupplier command) {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(command.getAsInt()).isZero();
		}
		finally {
			System.setOut(original);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

}

package dev.tandem.kb.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.kb.KbIndexerApplication;
import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.cli.KbIndexerCommandLine;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.embedding.BgeTextEmbedder;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.evaluation.BenchmarkScenarios.Scenario;
import dev.tandem.kb.ingest.ArticleExporter;
import dev.tandem.kb.retrieval.ArticleIndexingQueue;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code kb-indexer import} as a user runs it (files -> article store -> units embedded
 * and written -> searchable), against the raw embedding rate measured in the same run
 * before and after the import (the same texts, the same batches), counted in texts
 * embedded per second. Calibration after the import is timed on its own. Writes the
 * {@code import-throughput} section of docs/benchmarks.md ({@code -quick} with
 * {@code -Dtandem.bench.quick=true}: BANKING77 with 30 example questions and all of
 * BANKING77's train questions as one large import, a few minutes).
 */
class ImportThroughputBench {

	private static final boolean QUICK = Boolean.getBoolean("tandem.bench.quick");

	private static final StringBuilder results = new StringBuilder();

	private static final StringBuilder details = new StringBuilder();

	private static String loadBefore;

	@BeforeAll
	static void setUp() {
		Assumptions.assumeTrue(BenchmarkScenarios.available(), "datasets not found");
		loadBefore = BenchmarkReport.loadAverage();
	}

	@AfterAll
	static void report() {
		if (results.isEmpty()) {
			return;
		}
		String markdown = """
				`kb-indexer import` of a JSON Lines file into a fresh knowledge base (article store, units embedded with \
				bge-small in-process, written to Elasticsearch on the same machine, refreshed: searchable at the end). \
				"Raw" = the embedder alone on the same texts in the same batches, once before and once after the \
				import; the ratio is against their mean. CPU seconds come from /proc (2 cores: at most 2 CPU seconds \
				per second of wall time); "CPU ms per text" counts this JVM's CPU during the raw run, and this JVM's \
				plus Elasticsearch's during the import: their ratio is roughly the throughput ratio the import would \
				reach on a machine of its own if it kept both cores busy (less noisy than wall time, but not free of \
				the load either). Calibration is a separate step after the import (the CLI runs it right after \
				the import, with progress; the bench times it apart). Machine load (1/5/15 min) before: %s, after: %s.

				| knowledge base | articles | texts embedded | import s | import texts/s | articles/s | raw texts/s before / after | import / raw | CPU ms per text raw / import (ratio) | load before -> after | calibration s |
				|---|---|---|---|---|---|---|---|---|---|---|
				%s
				CPU during the import:

				%s"""
			.formatted(loadBefore, BenchmarkReport.loadAverage(), results, details);
		BenchmarkReport.forProject()
			.writeSection(QUICK ? "import-throughput-quick" : "import-throughput",
					QUICK ? "Import throughput, quick run (kb-indexer)" : "Import throughput (kb-indexer)", markdown);
	}

	@Test
	void banking77With30Examples() throws IOException {
		run(BenchmarkScenarios.banking77("banking77-30-examples", 30, 30, 10, 10), Language.ENGLISH);
	}

	/**
	 * A large import (about 10,800 texts): the import's fixed costs (start, the last
	 * chunk, the final refresh, compiling its code) weigh little, as in a real knowledge
	 * base's first import.
	 */
	@Test
	void banking77AllTrain() throws IOException {
		run(BenchmarkScenarios.banking77AllTrain(15), Language.ENGLISH);
	}

	@Test
	void clinc150() throws IOException {
		Assumptions.assumeFalse(QUICK, "quick run");
		run(BenchmarkScenarios.clinc150(10, 10), Language.ENGLISH);
	}

	@Test
	void atec() throws IOException {
		Assumptions.assumeFalse(QUICK, "quick run");
		run(BenchmarkScenarios.atec(1000, 10), Language.CHINESE);
	}

	private void run(Scenario scenario, Language language) throws IOException {
		IndexNames names = SharedElasticsearch.indexNames("import-bench");
		Path file = Files.createDirectories(Path.of("target", "bench")).resolve("import-" + scenario.name() + ".jsonl");
		Files.write(file, scenario.articles().stream().map(ArticleExporter::line).toList());
		ConfigurableApplicationContext context = new SpringApplicationBuilder(KbIndexerApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.elasticsearch.uris=" + SharedElasticsearch.uri(),
					"tandem.index-prefix=" + names.indexPrefix(), "logging.level.root=WARN")
			.run();
		try {
			TextEmbedder embedder = context.getBean(TextEmbedder.class);
			// The raw rate on a model of its own: the application's embedder remembers
			// recent texts, and the import must not find the raw run's vectors there.
			BgeTextEmbedder model = new BgeTextEmbedder();
			List<String> texts = texts(scenario.articles());
			model.embedAll(texts.subList(0, Math.min(64, texts.size())), language);
			embedder.embedAll(List.of("warm-up"), language);
			String loadAtStart = BenchmarkReport.loadAverage();
			CpuMeter rawCpu = CpuMeter.start(SharedElasticsearch.localNodePid());
			double rawBefore = rawRate(model, texts, language);
			double rawCpuPerText = rawCpu.jvmSeconds() / texts.size();
			print("%s: raw embedding %.0f texts/s, %.1f ms CPU per text (%d texts, load %s)", scenario.name(),
					rawBefore, 1000 * rawCpuPerText, texts.size(), BenchmarkReport.loadAverage());

			long embeddedBefore = embedder.textsEmbedded();
			CpuMeter cpu = CpuMeter.start(SharedElasticsearch.localNodePid());
			long start = System.nanoTime();
			int exit = context.getBean(KbIndexerCommandLine.class)
				.execute("import", file.toString(), "--progress=lines", "--author=bench", "--no-calibrate-now");
			// What the CLI does before it exits: the articles' units are indexed.
			ArticleIndexingQueue queue = context.getBean(ArticleIndexingQueue.class);
			queue.stop();
			queue.start();
			double seconds = (System.nanoTime() - start) / 1e9;
			long embedded = embedder.textsEmbedded() - embeddedBefore;
			String cpuUse = cpu.describe();
			double importCpuPerText = (cpu.jvmSeconds() + cpu.elasticsearchSeconds()) / Math.max(1, embedded);
			String loadAfterImport = BenchmarkReport.loadAverage();
			double importRate = embedded / seconds;
			print("%s: import exit %d, %d articles, %d texts embedded in %.1f s = %.0f texts/s, %.1f articles/s "
					+ "(load %s); %s", scenario.name(), exit, scenario.articles().size(), embedded, seconds, importRate,
					scenario.articles().size() / seconds, loadAfterImport, cpuUse);

			double rawAfter = rawRate(model, texts, language);
			double raw = (rawBefore + rawAfter) / 2;
			print("%s: raw embedding after %.0f texts/s; import at %.0f %% of the mean raw rate; CPU per text: raw %.1f ms, "
					+ "import %.1f ms with Elasticsearch's (%.0f %%) (load %s)", scenario.name(), rawAfter,
					100 * importRate / raw, 1000 * rawCpuPerText, 1000 * importCpuPerText,
					100 * rawCpuPerText / importCpuPerText, BenchmarkReport.loadAverage());

			// calibration of the large throughput-only knowledge base is not timed (its
			// articles split intents, so it says nothing about a real one)
			double calibration = Double.NaN;
			if (!scenario.heldOut().isEmpty()) {
				long calibrationStart = System.nanoTime();
				context.getBean(CalibrationService.class).recalibrate((done) -> {
				});
				calibration = (System.nanoTime() - calibrationStart) / 1e9;
				print("%s: calibration after the import %.1f s (load %s)", scenario.name(), calibration,
						BenchmarkReport.loadAverage());
			}
			results.append(String.format(Locale.ROOT,
					"| %s | %d | %d | %.1f | %.0f | %.1f | %.0f / %.0f | **%.0f %%** | %.1f / %.1f (%.0f %%) | %s -> %s | %s |%n",
					scenario.name(), scenario.articles().size(), embedded, seconds, importRate,
					scenario.articles().size() / seconds, rawBefore, rawAfter, 100 * importRate / raw,
					1000 * rawCpuPerText, 1000 * importCpuPerText, 100 * rawCpuPerText / importCpuPerText, loadAtStart,
					loadAfterImport, Double.isNaN(calibration) ? "not timed" : "%.1f".formatted(calibration)));
			details.append("- ").append(scenario.name()).append(": ").append(cpuUse).append('\n');
		}
		finally {
			if (scenario.heldOut().isEmpty()) {
				// The application calibrates a changed knowledge base before it stops;
				// for
				// the throughput-only one (articles that split intents) that would take
				// minutes and measure nothing: its units go first.
				SharedElasticsearch.deleteIndices(names);
			}
			context.close();
			SharedElasticsearch.deleteIndices(names);
		}
	}

	/** What the import embeds: titles and example questions (bodies repeat the title). */
	private static List<String> texts(List<ArticleContent> articles) {
		List<String> texts = new ArrayList<>();
		for (ArticleContent article : articles) {
			texts.add(article.title());
			texts.addAll(article.questions());
		}
		return texts;
	}

	/** Texts per second of the embedder alone, in the import's chunks. */
	private static double rawRate(TextEmbedder embedder, List<String> texts, Language language) {
		long start = System.nanoTime();
		for (int from = 0; from < texts.size(); from += 256) {
			embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + 256)), language);
		}
		return texts.size() / ((System.nanoTime() - start) / 1e9);
	}

	private static void print(String format, Object... args) {
		StringWriter text = new StringWriter();
		new PrintWriter(text).printf(Locale.ROOT, format, args).flush();
		System.out.println(text);
	}

}

package dev.tandem.kb.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.HybridSearch;
import dev.tandem.kb.retrieval.IndexingProgress;
import dev.tandem.kb.retrieval.RetrievalFilter;
import dev.tandem.kb.retrieval.RetrievalFixtures;
import dev.tandem.kb.retrieval.RetrievalSettings;
import dev.tandem.kb.retrieval.RetrievalStack;
import dev.tandem.kb.retrieval.internal.UnitDocument;
import dev.tandem.kb.retrieval.internal.UnitQueries;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What a question's two searches cost Elasticsearch, by what they fetch of each hit: the
 * units' stored source filtered to the fields fusion needs (how {@link HybridSearch}
 * searched before 2026-11-22 08:00) against no stored field at all, the unit id from doc
 * values and the version, the rest from {@code KnownUnits} (how it searches now, run
 * through {@link HybridSearch#hits}). The questions are analysed and embedded before the
 * clock starts; the modes alternate, so each round of both saw the same machine. Writes
 * the {@code search-fetch} section of docs/benchmarks.md.
 * <p>
 * {@code ./mvnw -B -Pbench -pl kb-indexer -am verify -Dit.test=SearchFetchBench
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false} (about 2 minutes).
 */
class SearchFetchBench {

	private static final int ROUNDS = 4;

	private static final int THREADS = 4;

	private static final String REPORT = """
			One question's two searches (BM25 and kNN, 50 units each, one `_msearch`) on BANKING77 with 30 example \
			questions per article (%d articles, %d units), %d held-out questions asked per round by %d threads, \
			against the shared test Elasticsearch on the same 2 cores. The questions were analysed and embedded \
			before; the modes alternate, %d rounds each, the first of each left out (warm-up). CPU from /proc.

			| what a search fetches of each hit | Elasticsearch CPU per question | this JVM's CPU per question | wall per question (%d threads) |
			|---|---|---|---|
			%s
			Reading a hit's `_id` alone decompresses the stored-field block it lies in, stored source and vector \
			included; doc values (`unit_id`, `_seq_no`) are read column-wise. Machine load (1/5/15 min) before: %s, \
			after: %s.
			""";

	@Test
	void measuresWhatFetchingHitsCosts() throws Exception {
		Assumptions.assumeTrue(BenchmarkScenarios.available(), "datasets not found");
		String loadBefore = BenchmarkReport.loadAverage();
		BenchmarkScenarios.Scenario scenario = BenchmarkScenarios.banking77("banking77-30-examples", 30, 30, 10, 1500);
		IndexNames names = SharedElasticsearch.indexNames("fetch-bench");
		try {
			RetrievalStack stack = RetrievalFixtures.stack(names);
			int units = stack.indexer().index(scenario.articles(), IndexingProgress.none()).units();
			HybridSearch search = stack.search();
			List<AnalysedQuestion> questions = search
				.analyseAll(scenario.heldOut().stream().map(EvaluationQuestion::text).toList());
			SourceFetchingSearch before = new SourceFetchingSearch(stack.unitsIndex(), search.settings());
			Mode[] modes = {
					new Mode("stored source, filtered to the fields fusion needs (before)",
							(question) -> before.search(question)),
					new Mode("no stored field: unit id from doc values, version, fields from `KnownUnits` (now)",
							(question) -> search.hits(List.of(question), RetrievalFilter.published())) };
			for (int round = 0; round < ROUNDS; round++) {
				for (Mode mode : modes) {
					mode.measure(questions, round > 0);
				}
			}
			StringBuilder rows = new StringBuilder();
			for (Mode mode : modes) {
				rows.append(mode.row(questions.size() * (ROUNDS - 1)));
			}
			BenchmarkReport.forProject()
				.writeSection("search-fetch", "Retrieval: what a search fetches of each hit (kb-indexer)",
						String.format(Locale.ROOT, REPORT, scenario.articles().size(), units, questions.size(), THREADS,
								ROUNDS, THREADS, rows, loadBefore, BenchmarkReport.loadAverage()));
		}
		finally {
			SharedElasticsearch.deleteIndices(names);
		}
	}

	/** One way of searching, with the CPU and time it took over the measured rounds. */
	private static final class Mode {

		private final String name;

		private final Consumer<AnalysedQuestion> search;

		private double elasticsearchSeconds;

		private double jvmSeconds;

		private double wallSeconds;

		Mode(String name, Consumer<AnalysedQuestion> search) {
			this.name = name;
			this.search = search;
		}

		void measure(List<AnalysedQuestion> questions, boolean counted) throws Exception {
			CpuMeter meter = CpuMeter.start(SharedElasticsearch.localNodePid());
			long start = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(THREADS);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int t = 0; t < THREADS; t++) {
					int first = t;
					done.add(pool.submit(() -> {
						for (int i = first; i < questions.size(); i += THREADS) {
							this.search.accept(questions.get(i));
						}
					}));
				}
				for (Future<?> future : done) {
					future.get();
				}
			}
			finally {
				pool.shutdown();
			}
			if (counted) {
				this.wallSeconds += (System.nanoTime() - start) / 1e9;
				this.elasticsearchSeconds += meter.elasticsearchSeconds();
				this.jvmSeconds += meter.jvmSeconds();
			}
			System.out.printf(Locale.ROOT, "SearchFetchBench: %s: %s%n", this.name, meter.describe());
		}

		String row(int questions) {
			return String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms |%n", this.name,
					1000 * this.elasticsearchSeconds / questions, 1000 * this.jvmSeconds / questions,
					1000 * this.wallSeconds / questions);
		}

	}

	/** The two searches as they were sent before: each hit's source, filtered. */
	private record SourceFetchingSearch(String alias, RetrievalSettings settings) {

		void search(AnalysedQuestion question) {
			RetrievalFilter filter = RetrievalFilter.published();
			Query lexical = UnitQueries.lexical(question, filter).orElse(Query.of((q) -> q.matchNone((m) -> m)));
			List<RequestItem> searches = List.of(
					RequestItem.of((r) -> r.header((h) -> h.index(this.alias))
						.body((b) -> b.query(lexical)
							.size(this.settings.lexicalCandidates())
							.source((s) -> s.filter((f) -> f.includes(UnitQueries.HIT_FIELDS))))),
					RequestItem.of((r) -> r.header((h) -> h.index(this.alias))
						.body((b) -> b
							.knn((k) -> k.field(UnitQueries.vectorField(question.language()))
								.queryVector(UnitQueries.vector(question.vector()))
								.k(this.settings.vectorCandidates())
								.numCandidates(this.settings.vectorNumCandidates())
								.filter(UnitQueries.filters(filter)))
							.size(this.settings.vectorCandidates())
							.source((s) -> s.filter((f) -> f.includes(UnitQueries.HIT_FIELDS))))));
			try {
				SharedElasticsearch.connection().client().msearch((m) -> m.searches(searches), UnitDocument.class);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}

package dev.tandem.kb.evaluation;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import co.elastic.clients.elasticsearch._types.ExpandWildcard;
import dev.tandem.kb.analysis.SynonymGroup;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.calibration.AnsweringSettings;
import dev.tandem.kb.calibration.ArticleClassifier;
import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.Calibrator;
import dev.tandem.kb.calibration.OutOfScopeExamples;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexLifecycle;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.elasticsearch.IndexSettings;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.HybridSearch;
import dev.tandem.kb.retrieval.IndexingProgress;
import dev.tandem.kb.retrieval.IndexingReport;
import dev.tandem.kb.retrieval.RetrievalFilter;
import dev.tandem.kb.retrieval.RetrievalSettings;
import dev.tandem.kb.retrieval.RetrievalStack;
import dev.tandem.kb.retrieval.SearchResult;
import dev.tandem.kb.retrieval.UnitHits;

/**
 * A knowledge base built only to be measured: its own temporary index prefix, its
 * articles indexed and calibrated like a real one, deleted on {@link #close()}. Questions
 * are searched once; other fusion settings re-rank the same hits, so comparing settings
 * costs no further embedding or search.
 */
public final class ThrowawayKnowledgeBase implements AutoCloseable {

	/** Questions asked one at a time and timed per evaluation. */
	static final int LATENCY_SAMPLE = 100;

	private final ElasticsearchConnection connection;

	private final RetrievalStack stack;

	private final IndexingReport indexing;

	private final Clock clock;

	private final Map<String, Searched> searched = new HashMap<>();

	/**
	 * Calibrations are records compared by value: remember their classifiers by identity.
	 */
	private final Map<Calibration, ArticleClassifier> classifiers = new java.util.IdentityHashMap<>();

	private ThrowawayKnowledgeBase(ElasticsearchConnection connection, RetrievalStack stack, IndexingReport indexing,
			Clock clock) {
		this.connection = connection;
		this.stack = stack;
		this.indexing = indexing;
		this.clock = clock;
	}

	/**
	 * Indexes articles under a fresh temporary prefix.
	 * @param connection the cluster
	 * @param analyzer text analysis
	 * @param embedder embeddings
	 * @param settings retrieval settings
	 * @param clock the clock
	 * @param articles the knowledge base
	 * @param synonyms its synonym list
	 * @param progress indexing progress
	 * @return the knowledge base, ready to search
	 */
	public static ThrowawayKnowledgeBase build(ElasticsearchConnection connection, TextAnalyzer analyzer,
			TextEmbedder embedder, RetrievalSettings settings, Clock clock, List<ArticleContent> articles,
			List<SynonymGroup> synonyms, IndexingProgress progress) {
		IndexNames names = new IndexNames(
				"tandem-eval-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT));
		IndexLifecycle lifecycle = new IndexLifecycle(connection, names, IndexSettings.defaults(), clock);
		RetrievalStack stack = RetrievalStack.create(connection, names, lifecycle, analyzer, embedder, settings,
				(event) -> {
				}, clock);
		ThrowawayKnowledgeBase kb = null;
		try {
			if (!synonyms.isEmpty()) {
				stack.synonyms().replaceAll(synonyms);
			}
			IndexingReport report = stack.indexer().index(articles, progress);
			kb = new ThrowawayKnowledgeBase(connection, stack, report, clock);
			return kb;
		}
		finally {
			if (kb == null) {
				delete(connection, names);
			}
		}
	}

	public IndexingReport indexing() {
		return this.indexing;
	}

	public RetrievalStack stack() {
		return this.stack;
	}

	/** Calibrates with the given settings (fusion weights from {@code retrieval}). */
	public Calibration calibrate(AnsweringSettings answering, RetrievalSettings retrieval, IntConsumer progress) {
		return remember(new Calibrator(search(retrieval), this.clock).calibrateWithClassifier(answering, progress));
	}

	/**
	 * Calibrates with known out-of-scope questions (see {@link OutOfScopeExamples}).
	 */
	public Calibration calibrate(AnsweringSettings answering, RetrievalSettings retrieval,
			OutOfScopeExamples outOfScope, IntConsumer progress) {
		return remember(
				new Calibrator(search(retrieval), this.clock).calibrateWithClassifier(answering, outOfScope, progress));
	}

	/**
	 * Calibrates without some confidence features (to measure what they add).
	 * @param ignoredFeatures names from {@code ConfidenceFeatures.NAMES} left out
	 */
	public Calibration calibrate(AnsweringSettings answering, RetrievalSettings retrieval, Set<String> ignoredFeatures,
			IntConsumer progress) {
		return remember(new Calibrator(search(retrieval), this.clock, ignoredFeatures)
			.calibrateWithClassifier(answering, progress));
	}

	/** The classifier trained with a calibration this knowledge base made. */
	public ArticleClassifier classifier(Calibration calibration) {
		return this.classifiers.getOrDefault(calibration, ArticleClassifier.NONE);
	}

	private Calibration remember(Calibrator.Calibrated calibrated) {
		this.classifiers.put(calibrated.calibration(), calibrated.classifier());
		return calibrated.calibration();
	}

	/**
	 * Asks every question and judges the answers against the calibration. The first
	 * {@value #LATENCY_SAMPLE} questions are asked one at a time (as tickets arrive) and
	 * timed; the rest are analysed and searched in batches, which is faster and gives the
	 * same results.
	 */
	public EvaluationReport evaluate(List<EvaluationQuestion> questions, Calibration calibration,
			RetrievalSettings retrieval, IntConsumer progress) {
		HybridSearch search = search(retrieval);
		List<String> missing = questions.stream()
			.map(EvaluationQuestion::text)
			.distinct()
			.filter((text) -> !this.searched.containsKey(text))
			.toList();
		int timed = Math.min(LATENCY_SAMPLE, missing.size());
		for (String text : missing.subList(0, timed)) {
			long start = System.nanoTime();
			AnalysedQuestion analysed = search.analyse(text);
			UnitHits hits = search.hits(List.of(analysed), RetrievalFilter.published()).get(0);
			search.rank(analysed, hits, (unit) -> false);
			this.searched.put(text, new Searched(analysed, hits, (System.nanoTime() - start) / 1e6));
		}
		for (int from = timed; from < missing.size(); from += 64) {
			List<String> batch = missing.subList(from, Math.min(missing.size(), from + 64));
			List<AnalysedQuestion> analysed = search.analyseAll(batch);
			List<UnitHits> hits = search.hits(analysed, RetrievalFilter.published());
			for (int i = 0; i < batch.size(); i++) {
				this.searched.put(batch.get(i), new Searched(analysed.get(i), hits.get(i), Double.NaN));
			}
			progress.accept(from + batch.size());
		}
		// The calibration's classifier, at the share these settings give it.
		ArticleClassifier classifier = classifier(calibration).with(retrieval);
		List<QuestionOutcome> outcomes = new ArrayList<>(questions.size());
		for (EvaluationQuestion question : questions) {
			Searched hit = this.searched.get(question.text());
			SearchResult result = classifier.rerank(search.rank(hit.question(), hit.hits(), (unit) -> false));
			double confidence = calibration.confidence(result);
			outcomes.add(new QuestionOutcome(question, result.best().map((best) -> best.id()), confidence,
					result.best().isPresent() && calibration.answers(confidence), hit.millis()));
		}
		return new EvaluationReport(outcomes, calibration);
	}

	/** The ranking a question gets under given settings (for baselines and analysis). */
	public SearchResult rank(String question, RetrievalSettings retrieval) {
		HybridSearch search = search(retrieval);
		Searched hit = this.searched.get(question);
		if (hit == null) {
			return search.search(question, RetrievalFilter.published());
		}
		return search.rank(hit.question(), hit.hits(), (unit) -> false);
	}

	@Override
	public void close() {
		delete(this.connection, this.stack.names());
	}

	private HybridSearch search(RetrievalSettings retrieval) {
		return this.stack.search().with(retrieval);
	}

	private static void delete(ElasticsearchConnection connection, IndexNames names) {
		try {
			// Elasticsearch 8 refuses wildcard deletes: resolve the prefix first.
			var indices = connection.client().indices();
			List<String> found = List.copyOf(
					indices
						.get((get) -> get.index(names.everything())
							.allowNoIndices(true)
							.ignoreUnavailable(true)
							.expandWildcards(ExpandWildcard.All))
						.result()
						.keySet());
			if (!found.isEmpty()) {
				indices.delete((d) -> d.index(found).ignoreUnavailable(true));
			}
		}
		catch (IOException | RuntimeException ex) {
			// Left-over indices of an evaluation are harmless (own prefix); say so, go
			// on.
			System.err.println("Could not delete evaluation indices " + names.everything() + ": " + ex.getMessage());
		}
	}

	private record Searched(AnalysedQuestion question, UnitHits hits, double millis) {
	}

}

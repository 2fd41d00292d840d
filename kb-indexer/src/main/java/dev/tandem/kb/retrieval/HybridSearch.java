package dev.tandem.kb.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.SynonymExpander;
import dev.tandem.kb.analysis.SynonymStore;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.retrieval.internal.Fusion;
import dev.tandem.kb.retrieval.internal.KnownUnits;
import dev.tandem.kb.retrieval.internal.UnitDocument;
import dev.tandem.kb.retrieval.internal.UnitQueries;
import dev.tandem.kb.retrieval.internal.UnitsIndex;
import dev.tandem.kb.retrieval.internal.VocabularyCache;

/**
 * Hybrid retrieval over {@code <prefix>-kb-units}: a question is analysed in Java
 * (tokens, typo corrections, synonyms, embedding), searched by BM25 and kNN in one
 * Elasticsearch round trip, and the unit hits are fused per article in Java
 * ({@link Fusion}).
 */
public class HybridSearch {

	/** Questions per multi-search request when many are searched at once. */
	static final int MSEARCH_BATCH = 32;

	private final UnitsIndex index;

	private final TextAnalyzer analyzer;

	private final TextEmbedder embedder;

	private final SynonymStore synonyms;

	private final VocabularyCache vocabulary;

	private final RetrievalSettings settings;

	private final Fusion fusion;

	private final KnownUnits known;

	public HybridSearch(UnitsIndex index, TextAnalyzer analyzer, TextEmbedder embedder, SynonymStore synonyms,
			VocabularyCache vocabulary, RetrievalSettings settings) {
		this(index, analyzer, embedder, synonyms, vocabulary, settings, new KnownUnits());
	}

	private HybridSearch(UnitsIndex index, TextAnalyzer analyzer, TextEmbedder embedder, SynonymStore synonyms,
			VocabularyCache vocabulary, RetrievalSettings settings, KnownUnits known) {
		this.index = index;
		this.analyzer = analyzer;
		this.embedder = embedder;
		this.synonyms = synonyms;
		this.vocabulary = vocabulary;
		this.settings = settings;
		this.fusion = new Fusion(settings.vectorWeight(), settings.unitVote());
		this.known = known;
	}

	/** The same search with other settings (benchmarks compare fusion weights). */
	public HybridSearch with(RetrievalSettings other) {
		return new HybridSearch(this.index, this.analyzer, this.embedder, this.synonyms, this.vocabulary, other,
				this.known);
	}

	/** Searches one question. */
	public SearchResult search(String question, RetrievalFilter filter) {
		return search(analyse(question), filter);
	}

	public SearchResult search(AnalysedQuestion question, RetrievalFilter filter) {
		return rank(question, hits(List.of(question), filter).get(0), (unit) -> false);
	}

	/** Analyses one question (tokens, corrections, synonyms, embedding). */
	public AnalysedQuestion analyse(String question) {
		return analyseAll(List.of(question)).get(0);
	}

	/** Analyses many questions, embedding them in batches per language. */
	public List<AnalysedQuestion> analyseAll(List<String> questions) {
		Map<Language, List<Integer>> byLanguage = new EnumMap<>(Language.class);
		for (int i = 0; i < questions.size(); i++) {
			byLanguage.computeIfAbsent(Language.guess(questions.get(i)), (l) -> new ArrayList<>()).add(i);
		}
		float[][] vectors = new float[questions.size()][];
		byLanguage.forEach((language, positions) -> {
			List<float[]> embedded = this.embedder.embedAll(positions.stream().map(questions::get).toList(), language);
			for (int i = 0; i < positions.size(); i++) {
				vectors[positions.get(i)] = embedded.get(i);
			}
		});
		List<AnalysedQuestion> analysed = new ArrayList<>(questions.size());
		for (int i = 0; i < questions.size(); i++) {
			String text = questions.get(i);
			analysed.add(prepared(text, Language.guess(text), this.analyzer.tokens(text), vectors[i]));
		}
		return analysed;
	}

	/**
	 * A question whose tokens and embedding are already known (a stored example
	 * question), with the current typo corrections and synonyms applied.
	 */
	public AnalysedQuestion prepared(String text, Language language, List<String> tokens, float[] vector) {
		SynonymExpander expander = this.synonyms.expander();
		return new AnalysedQuestion(text, language, tokens, this.vocabulary.corrector().corrections(tokens),
				expander.expand(tokens), vector);
	}

	/** Runs both searches for each question (batched multi-search), before fusion. */
	public List<UnitHits> hits(List<AnalysedQuestion> questions, RetrievalFilter filter) {
		this.index.ensureExists();
		List<UnitHits> all = new ArrayList<>(questions.size());
		for (int from = 0; from < questions.size(); from += MSEARCH_BATCH) {
			all.addAll(batch(questions.subList(from, Math.min(questions.size(), from + MSEARCH_BATCH)), filter));
		}
		return all;
	}

	/** Fuses hits into a ranking, ignoring excluded units (calibration's leave-out). */
	public SearchResult rank(AnalysedQuestion question, UnitHits hits, Predicate<ScoredUnit> excluded) {
		return this.fusion.fuse(question, hits, excluded);
	}

	/**
	 * Every example question of a published article, with its stored tokens and
	 * embedding: what calibration replays against the knowledge base.
	 */
	public List<ExampleQuestion> exampleQuestions() {
		return publishedUnits(UnitKind.QUESTION);
	}

	/**
	 * The titles and example questions of published articles with their stored
	 * embeddings: what the article classifier learns from (no new embedding).
	 */
	public List<ExampleQuestion> titlesAndExampleQuestions() {
		return publishedUnits(UnitKind.TITLE, UnitKind.QUESTION);
	}

	private List<ExampleQuestion> publishedUnits(UnitKind... kinds) {
		List<co.elastic.clients.elasticsearch._types.FieldValue> kindValues = java.util.Arrays.stream(kinds)
			.map((kind) -> co.elastic.clients.elasticsearch._types.FieldValue.of(kind.name()))
			.toList();
		Query query = Query
			.of((q) -> q.bool((b) -> b.filter((f) -> f.terms((t) -> t.field("kind").terms((v) -> v.value(kindValues))))
				.filter((f) -> f.term((t) -> t.field("status").value(ArticleStatus.PUBLISHED.name())))));
		List<String> fields = List.of("article_id", "kind", "ordinal", "text", "tokens", "language", "vector_en",
				"vector_zh");
		return this.index.units(query, fields)
			.stream()
			.filter((unit) -> unit.vector() != null)
			.map((unit) -> new ExampleQuestion(unit.id(), unit.articleId(),
					prepared(unit.text(), Language.ofTag(unit.language()).orElse(Language.ENGLISH), unit.tokenList(),
							unit.vector())))
			.toList();
	}

	/** Changes whenever the knowledge base's units change (see calibration). */
	public String fingerprint() {
		return this.index.fingerprint();
	}

	/** Forgets cached index data after units changed in this process. */
	public void unitsChanged() {
		this.vocabulary.invalidate();
	}

	public RetrievalSettings settings() {
		return this.settings;
	}

	private List<UnitHits> batch(List<AnalysedQuestion> questions, RetrievalFilter filter) {
		List<RequestItem> searches = new ArrayList<>();
		List<Query> filters = UnitQueries.filters(filter);
		Query matchNone = Query.of((q) -> q.matchNone((m) -> m));
		for (AnalysedQuestion question : questions) {
			Query lexical = UnitQueries.lexical(question, filter).orElse(matchNone);
			searches.add(RequestItem.of((r) -> r.header((h) -> h.index(this.index.alias()))
				.body((b) -> b.query(lexical)
					.size(this.settings.lexicalCandidates())
					.storedFields(UnitQueries.NO_STORED_FIELDS)
					.docvalueFields((f) -> f.field(UnitQueries.ID_FIELD))
					.seqNoPrimaryTerm(true))));
			searches.add(RequestItem.of((r) -> r.header((h) -> h.index(this.index.alias()))
				.body((b) -> b
					.knn((k) -> k.field(UnitQueries.vectorField(question.language()))
						.queryVector(UnitQueries.vector(question.vector()))
						.k(this.settings.vectorCandidates())
						.numCandidates(this.settings.vectorNumCandidates())
						.filter(filters))
					.size(this.settings.vectorCandidates())
					.storedFields(UnitQueries.NO_STORED_FIELDS)
					.docvalueFields((f) -> f.field(UnitQueries.ID_FIELD))
					.seqNoPrimaryTerm(true))));
		}
		try {
			MsearchResponse<UnitDocument> response = this.index.client()
				.msearch((m) -> m.searches(searches), UnitDocument.class);
			List<List<KnownUnits.UnitHit>> found = new ArrayList<>(2 * questions.size());
			List<MultiSearchResponseItem<UnitDocument>> items = response.responses();
			for (int i = 0; i < items.size(); i++) {
				found.add(unitHits(items.get(i), i % 2 == 1));
			}
			List<List<ScoredUnit>> units = this.known.resolve(found, this.index::read);
			List<UnitHits> hits = new ArrayList<>(questions.size());
			for (int i = 0; i < questions.size(); i++) {
				hits.add(new UnitHits(units.get(2 * i), units.get(2 * i + 1)));
			}
			return hits;
		}
		catch (IOException | ElasticsearchException ex) {
			throw new RetrievalException("Searching " + this.index.alias() + " failed: " + ex.getMessage(), ex);
		}
	}

	private List<KnownUnits.UnitHit> unitHits(MultiSearchResponseItem<UnitDocument> item, boolean cosine) {
		if (item.isFailure()) {
			String reason = Optional.ofNullable(item.failure().error().reason()).orElse(item.failure().error().type());
			// A kNN search on a vector field no unit has yet fails; nothing was found.
			if (reason.contains("failed to create query") || reason.contains("no such field")) {
				return List.of();
			}
			throw new RetrievalException("Searching " + this.index.alias() + " failed: " + reason);
		}
		return item.result().hits().hits().stream().map((hit) -> UnitQueries.hit(hit, cosine)).toList();
	}

}

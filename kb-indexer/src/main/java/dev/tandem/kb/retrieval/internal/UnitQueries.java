package dev.tandem.kb.retrieval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.SynonymExpansion;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.RetrievalFilter;
import dev.tandem.kb.retrieval.ScoredUnit;
import dev.tandem.kb.retrieval.UnitKind;

/**
 * The two Elasticsearch queries of a question: BM25 over the Java-made tokens (typos
 * corrected, synonym phrases added at a lower weight) and kNN over the vector field of
 * the question's language; both under the same filter.
 */
public final class UnitQueries {

	/** Fields a hit needs for fusion and explanation (no vectors: they are large). */
	public static final List<String> HIT_FIELDS = List.of("article_id", "article_title", "category", "status", "kind",
			"ordinal", "text", "tokens");

	/** Weight of a synonym's phrase relative to the question's own words. */
	static final float SYNONYM_BOOST = 0.8f;

	private UnitQueries() {
	}

	public static Optional<Query> lexical(AnalysedQuestion question, RetrievalFilter filter) {
		List<String> tokens = question.searchTokens();
		if (tokens.isEmpty() && question.expansions().isEmpty()) {
			return Optional.empty();
		}
		List<Query> should = new ArrayList<>();
		if (!tokens.isEmpty()) {
			String joined = String.join(" ", tokens);
			should.add(Query.of((q) -> q.match((m) -> m.field("tokens").query(joined).operator(Operator.Or))));
		}
		for (SynonymExpansion expansion : question.expansions()) {
			String phrase = String.join(" ", expansion.tokens());
			should.add(Query.of((q) -> q.matchPhrase((m) -> m.field("tokens").query(phrase).boost(SYNONYM_BOOST))));
		}
		return Optional
			.of(Query.of((q) -> q.bool((b) -> b.should(should).minimumShouldMatch("1").filter(filters(filter)))));
	}

	public static String vectorField(Language language) {
		return "vector_" + language.tag();
	}

	public static List<Query> filters(RetrievalFilter filter) {
		List<Query> filters = new ArrayList<>();
		List<FieldValue> statuses = filter.statuses().stream().map((s) -> FieldValue.of(s.name())).toList();
		filters.add(Query.of((q) -> q.terms((t) -> t.field("status").terms((v) -> v.value(statuses)))));
		filter.language()
			.ifPresent((language) -> filters
				.add(Query.of((q) -> q.term((t) -> t.field("language").value(language.tag())))));
		filter.category()
			.ifPresent((category) -> filters.add(Query.of((q) -> q.term((t) -> t.field("category").value(category)))));
		return filters;
	}

	public static List<Float> vector(float[] vector) {
		List<Float> values = new ArrayList<>(vector.length);
		for (float value : vector) {
			values.add(value);
		}
		return values;
	}

	/** A hit as a scored unit; {@code cosine} converts Elasticsearch's kNN score back. */
	public static ScoredUnit unit(Hit<UnitDocument> hit, boolean cosine) {
		UnitDocument source = hit.source();
		double score = (hit.score() != null) ? hit.score() : 0;
		// Elasticsearch reports cosine similarity as (1 + cos) / 2.
		double value = cosine ? 2 * score - 1 : score;
		return new ScoredUnit(hit.id(), source.articleId(), source.articleTitle(),
				Optional.ofNullable(source.category()), ArticleStatus.valueOf(source.status()),
				UnitKind.valueOf(source.kind()), source.text(), source.tokenList(), value);
	}

}

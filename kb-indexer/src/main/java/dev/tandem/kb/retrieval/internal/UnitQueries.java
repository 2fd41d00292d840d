package dev.tandem.kb.retrieval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.SynonymExpansion;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.RetrievalFilter;

/**
 * The two Elasticsearch queries of a question: BM25 over the Java-made tokens (typos
 * corrected, synonym phrases added at a lower weight) and kNN over the vector field of
 * the question's language; both under the same filter.
 */
public final class UnitQueries {

	/** Fields a unit needs for fusion and explanation (no vectors: they are large). */
	public static final List<String> HIT_FIELDS = List.of("article_id", "article_title", "category", "status", "kind",
			"ordinal", "text", "tokens");

	/**
	 * A search reads no stored field, not even {@code _id}: Lucene keeps stored fields
	 * compressed in blocks, so reading one hit's id means decompressing its block, source
	 * and vector included. The unit id comes from doc values instead.
	 */
	public static final List<String> NO_STORED_FIELDS = List.of("_none_");

	/** The unit's id as a keyword field with doc values (same as {@code _id}). */
	public static final String ID_FIELD = "unit_id";

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

	private static String id(Hit<?> hit) {
		JsonData values = hit.fields().get(ID_FIELD);
		if (values == null) {
			throw new IllegalStateException("A search hit without " + ID_FIELD + ": " + hit.index() + "/" + hit.id());
		}
		return values.toJson().asJsonArray().getString(0);
	}

	/**
	 * A hit as id, score and version; {@code cosine} converts Elasticsearch's kNN score
	 * back.
	 */
	public static KnownUnits.UnitHit hit(Hit<?> hit, boolean cosine) {
		double score = (hit.score() != null) ? hit.score() : 0;
		// Elasticsearch reports cosine similarity as (1 + cos) / 2.
		double value = cosine ? 2 * score - 1 : score;
		// Without a version (never asked for it), the unit is read again.
		long seqNo = (hit.seqNo() != null) ? hit.seqNo() : -1;
		long primaryTerm = (hit.primaryTerm() != null) ? hit.primaryTerm() : -1;
		return new KnownUnits.UnitHit(id(hit), value, seqNo, primaryTerm);
	}

}

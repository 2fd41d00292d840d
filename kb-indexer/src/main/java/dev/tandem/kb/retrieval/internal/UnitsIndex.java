package dev.tandem.kb.retrieval.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.tandem.kb.analysis.Vocabulary;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexLifecycle;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.retrieval.RetrievalException;

/**
 * The Elasticsearch side of {@code <prefix>-kb-units}: a versioned index behind an alias,
 * created on first use with the mapping in {@code kb-units.json}; bulk writes, deletes,
 * and the reads calibration and typo correction need.
 */
public class UnitsIndex {

	public static final String STORE = "kb-units";

	/** The mapping, also registered for {@code kb-indexer reindex --store kb-units}. */
	public static final String MAPPING = "elasticsearch/kb-units.json";

	/** Units per multi-get request. */
	static final int READ_BATCH = 500;

	private final ElasticsearchConnection connection;

	private final IndexNames names;

	private final IndexLifecycle lifecycle;

	private volatile boolean ensured;

	public UnitsIndex(ElasticsearchConnection connection, IndexNames names, IndexLifecycle lifecycle) {
		this.connection = connection;
		this.names = names;
		this.lifecycle = lifecycle;
	}

	public String alias() {
		return this.names.alias(STORE);
	}

	/** Creates the index and its alias unless they exist (safe to race). */
	public void ensureExists() {
		if (this.ensured) {
			return;
		}
		try {
			this.lifecycle.ensure(STORE, MAPPING);
			this.ensured = true;
		}
		catch (RuntimeException ex) {
			throw new RetrievalException("Cannot create the knowledge unit index " + alias() + ": " + ex.getMessage(),
					ex);
		}
	}

	public void write(List<UnitDocument> units) {
		if (units.isEmpty()) {
			return;
		}
		List<BulkOperation> operations = units.stream()
			.map((unit) -> BulkOperation.of((op) -> op.index((i) -> i.index(alias()).id(unit.id()).document(unit))))
			.toList();
		bulk(operations);
	}

	public void delete(Collection<String> unitIds) {
		if (unitIds.isEmpty()) {
			return;
		}
		bulk(unitIds.stream()
			.map((id) -> BulkOperation.of((op) -> op.delete((d) -> d.index(alias()).id(id))))
			.toList());
	}

	/** The ids of every unit of the given articles. */
	public List<String> unitIds(Collection<String> articleIds) {
		if (articleIds.isEmpty()) {
			return List.of();
		}
		List<FieldValue> values = articleIds.stream().map(FieldValue::of).toList();
		Query query = Query.of((q) -> q.terms((t) -> t.field("article_id").terms((v) -> v.value(values))));
		List<String> ids = new ArrayList<>();
		scan(query, List.of("article_id"), (hit) -> ids.add(hit.id()));
		return ids;
	}

	/**
	 * The stored vectors of the given articles' units, by language tag and text: what a
	 * re-index can reuse instead of embedding the same text again.
	 */
	public Map<String, float[]> vectorsByText(Collection<String> articleIds) {
		if (articleIds.isEmpty()) {
			return Map.of();
		}
		List<FieldValue> values = articleIds.stream().map(FieldValue::of).toList();
		Query query = Query.of((q) -> q.terms((t) -> t.field("article_id").terms((v) -> v.value(values))));
		Map<String, float[]> vectors = new HashMap<>();
		scan(query, List.of("text", "language", "vector_en", "vector_zh"), (hit) -> {
			UnitDocument unit = hit.source();
			if (unit != null && unit.text() != null && unit.vector() != null) {
				vectors.put(textKey(unit.language(), unit.text()), unit.vector());
			}
		});
		return vectors;
	}

	/** The key of {@link #vectorsByText(Collection)}. */
	public static String textKey(String languageTag, String text) {
		return languageTag + "\u0000" + text;
	}

	/**
	 * The fields searches need of the given units, with their versions, as of the last
	 * refresh (what a search sees; no real-time read, which would force a refresh). Units
	 * that no longer exist are left out.
	 */
	public List<KnownUnits.KnownUnit> read(List<String> ids) {
		List<KnownUnits.KnownUnit> units = new ArrayList<>(ids.size());
		try {
			for (int from = 0; from < ids.size(); from += READ_BATCH) {
				List<String> batch = ids.subList(from, Math.min(ids.size(), from + READ_BATCH));
				MgetResponse<UnitDocument> response = client().mget(
						(m) -> m.index(alias()).ids(batch).realtime(false).sourceIncludes(UnitQueries.HIT_FIELDS),
						UnitDocument.class);
				for (MultiGetResponseItem<UnitDocument> item : response.docs()) {
					if (item.isResult() && item.result().found() && item.result().source() != null) {
						GetResult<UnitDocument> unit = item.result();
						units.add(KnownUnits.KnownUnit.of(unit.id(), unit.seqNo(), unit.primaryTerm(), unit.source()));
					}
				}
			}
			return units;
		}
		catch (IOException | ElasticsearchException ex) {
			throw new RetrievalException("Cannot read units from " + alias() + ": " + ex.getMessage(), ex);
		}
	}

	/** Every unit matching a query, with the given source fields. */
	public List<UnitDocument> units(Query query, List<String> fields) {
		List<UnitDocument> units = new ArrayList<>();
		scan(query, fields, (hit) -> units.add(hit.source()));
		return units;
	}

	/**
	 * Sets the index's refresh interval: {@code "-1"} stops periodic refreshes during a
	 * large write (fewer, larger segments, so Elasticsearch merges fewer HNSW graphs
	 * while the model embeds on the same cores); {@code "1s"} is the mapping's value.
	 * Every write path ends with an explicit {@link #refresh()}, so a pause left behind
	 * by a killed process hides nothing.
	 */
	public void refreshInterval(String interval) {
		try {
			client().indices()
				.putSettings((p) -> p.index(alias()).settings((s) -> s.refreshInterval((t) -> t.time(interval))));
		}
		catch (IOException | ElasticsearchException ex) {
			throw new RetrievalException("Cannot set the refresh interval of " + alias() + ": " + ex.getMessage(), ex);
		}
	}

	public void refresh() {
		try {
			client().indices().refresh((r) -> r.index(alias()));
		}
		catch (IOException | ElasticsearchException ex) {
			throw new RetrievalException("Cannot refresh " + alias() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Changes whenever units are written or deleted: unit count and the newest indexing
	 * time. Calibration records it to know when it is stale.
	 */
	public String fingerprint() {
		ensureExists();
		try {
			SearchResponse<Void> response = client().search((s) -> s.index(alias())
				.size(0)
				.trackTotalHits((t) -> t.enabled(true))
				.aggregations("newest", (a) -> a.max((m) -> m.field("indexed_at"))), Void.class);
			double newest = response.aggregations().get("newest").max().value();
			return response.hits().total().value() + "@" + (long) (Double.isFinite(newest) ? newest : 0);
		}
		catch (IOException | ElasticsearchException ex) {
			throw new RetrievalException("Cannot read the state of " + alias() + ": " + ex.getMessage(), ex);
		}
	}

	/** Every token of every unit, with the number of units containing it. */
	public Vocabulary vocabulary() {
		ensureExists();
		try {
			SearchResponse<Void> response = client().search((s) -> s.index(alias())
				.size(0)
				.aggregations("vocab", (a) -> a.terms((t) -> t.field("vocab").size(65_000))), Void.class);
			Map<String, Integer> frequencies = new HashMap<>();
			for (StringTermsBucket bucket : response.aggregations().get("vocab").sterms().buckets().array()) {
				frequencies.put(bucket.key().stringValue(), (int) bucket.docCount());
			}
			return new Vocabulary(frequencies);
		}
		catch (IOException | ElasticsearchException ex) {
			throw new RetrievalException("Cannot read the vocabulary of " + alias() + ": " + ex.getMessage(), ex);
		}
	}

	public ElasticsearchClient client() {
		return this.connection.client();
	}

	private void scan(Query query, List<String> fields, java.util.function.Consumer<Hit<UnitDocument>> consumer) {
		ensureExists();
		try {
			List<FieldValue> after = null;
			while (true) {
				List<FieldValue> searchAfter = after;
				SearchResponse<UnitDocument> page = client().search((s) -> {
					s.index(alias())
						.query(query)
						.size(1000)
						.source((src) -> src.filter((f) -> f.includes(fields)))
						.sort((o) -> o.field((f) -> f.field("unit_id").order(SortOrder.Asc)));
					if (searchAfter != null) {
						s.searchAfter(searchAfter);
					}
					return s;
				}, UnitDocument.class);
				List<Hit<UnitDocument>> hits = page.hits().hits();
				hits.forEach(consumer);
				if (hits.size() < 1000) {
					return;
				}
				after = hits.get(hits.size() - 1).sort();
			}
		}
		catch (IOException | ElasticsearchException ex) {
			throw new RetrievalException("Cannot read units from " + alias() + ": " + ex.getMessage(), ex);
		}
	}

	private void bulk(List<BulkOperation> operations) {
		try {
			BulkResponse response = client().bulk((b) -> b.operations(operations));
			if (response.errors()) {
				List<String> problems = response.items()
					.stream()
					.filter((item) -> item.error() != null && !isMissingDelete(item))
					.map((item) -> item.id() + ": " + item.error().reason())
					.limit(5)
					.toList();
				if (!problems.isEmpty()) {
					throw new RetrievalException("Elasticsearch refused units in " + alias() + ": " + problems);
				}
			}
		}
		catch (IOException | ElasticsearchException ex) {
			throw new RetrievalException("Cannot write units to " + alias() + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean isMissingDelete(BulkResponseItem item) {
		return item.status() == 404;
	}

}

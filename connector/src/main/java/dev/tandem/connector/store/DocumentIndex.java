package dev.tandem.connector.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.tandem.connector.store.internal.DocumentJson;
import dev.tandem.connector.store.internal.DocumentWriter;
import dev.tandem.connector.store.internal.StoreFailures;
import dev.tandem.connector.store.internal.WriteOutcome;
import dev.tandem.connector.store.internal.WriteRequest;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One index the connector owns ({@code <prefix>-<store>}), holding documents of one
 * record type. Created on first use from a mapping resource. Every write is acknowledged
 * by Elasticsearch (translog) before the method returns, so a returned write survives a
 * crash of this process. Writes of all threads may travel together in one bulk request
 * (group commit, {@code tandem.connector.store.group-commit.*}): each still returns only
 * with its own item's result.
 *
 * @param <T> the document record
 */
public final class DocumentIndex<T> {

	private static final Logger log = LoggerFactory.getLogger(DocumentIndex.class);

	private final ElasticsearchConnection connection;

	private final String name;

	private final String mappingResource;

	private final int replicas;

	private final Class<T> type;

	private final DocumentWriter writer;

	private volatile boolean ready;

	DocumentIndex(ElasticsearchConnection connection, String name, String mappingResource, int replicas, Class<T> type,
			DocumentWriter writer) {
		this.connection = connection;
		this.name = name;
		this.mappingResource = mappingResource;
		this.replicas = replicas;
		this.type = type;
		this.writer = writer;
	}

	public String name() {
		return this.name;
	}

	/**
	 * Writes the document only when no document has this id.
	 * @return true when written, false when one existed already (nothing changed)
	 */
	public boolean createIfAbsent(String id, T document) {
		return create(id, document).isPresent();
	}

	/**
	 * Writes the document only when no document has this id.
	 * @return the version written (its next write needs no read first), or empty when a
	 * document had this id already (nothing changed)
	 */
	public Optional<Versioned<T>> create(String id, T document) {
		String what = "create " + this.name + "/" + id;
		return switch (write(WriteRequest.create(this.name, id, document))) {
			case WriteOutcome.Written written ->
				Optional.of(new Versioned<>(id, document, written.seqNo(), written.primaryTerm()));
			case WriteOutcome.Conflict conflict -> Optional.empty();
			case WriteOutcome.Failed failed -> throw StoreFailures.unavailable(what, failed.cause());
		};
	}

	public Optional<Versioned<T>> get(String id) {
		try {
			@SuppressWarnings("rawtypes")
			GetResponse<Map> response = client().get((get) -> get.index(this.name).id(id), Map.class);
			if (!response.found() || response.source() == null) {
				return Optional.empty();
			}
			return Optional.of(new Versioned<>(id, DocumentJson.fromMap(response.source(), this.type), response.seqNo(),
					response.primaryTerm()));
		}
		catch (IOException | RuntimeException ex) {
			throw StoreFailures.unavailable("get " + this.name + "/" + id, ex);
		}
	}

	/**
	 * Replaces the version read with a new value.
	 * @throws VersionConflictException when someone wrote the document since
	 */
	public Versioned<T> replace(Versioned<T> changed) {
		String what = "update " + this.name + "/" + changed.id();
		WriteRequest request = WriteRequest.replace(this.name, changed.id(), changed.value(), changed.seqNo(),
				changed.primaryTerm());
		return switch (write(request)) {
			case WriteOutcome.Written written ->
				new Versioned<>(changed.id(), changed.value(), written.seqNo(), written.primaryTerm());
			case WriteOutcome.Conflict conflict -> throw new VersionConflictException(
					this.name + "/" + changed.id() + " was changed by another writer", conflict.cause());
			case WriteOutcome.Failed failed -> throw StoreFailures.unavailable(what, failed.cause());
		};
	}

	/** Writes the document under this id whatever was there (last writer wins). */
	public void put(String id, T document) {
		writeOrThrow(WriteRequest.put(this.name, id, document), "put " + this.name + "/" + id);
	}

	/** Appends a document with a generated id (logs). */
	public void append(T document) {
		writeOrThrow(WriteRequest.append(this.name, document), "append to " + this.name);
	}

	public List<Versioned<T>> search(Query query, List<SortOptions> sort, int size) {
		return search(query, sort, 0, size);
	}

	/** One page of hits: skips {@code from} (paging; from + size stays within 10,000). */
	public List<Versioned<T>> search(Query query, List<SortOptions> sort, int from, int size) {
		try {
			@SuppressWarnings("rawtypes")
			SearchResponse<Map> response = client().search((search) -> search.index(this.name)
				.query(query)
				.sort(sort)
				.from(from)
				.size(size)
				.seqNoPrimaryTerm(true)
				.ignoreUnavailable(true), Map.class);
			return response.hits().hits().stream().filter((hit) -> hit.source() != null).map(this::versioned).toList();
		}
		catch (IOException | RuntimeException ex) {
			throw StoreFailures.unavailable("search " + this.name, ex);
		}
	}

	/**
	 * Ids and versions of the documents matching a query, without their sources (for work
	 * lists that read each document by id anyway: no parsing of documents that are not
	 * used); the version is the one the (near-real-time) search saw, to compare with a
	 * newer one known.
	 */
	public List<DocumentVersion> searchVersions(Query query, List<SortOptions> sort, int size) {
		try {
			@SuppressWarnings("rawtypes")
			SearchResponse<Map> response = client().search((search) -> search.index(this.name)
				.query(query)
				.sort(sort)
				.size(size)
				.source((source) -> source.fetch(false))
				.seqNoPrimaryTerm(true)
				.ignoreUnavailable(true), Map.class);
			return response.hits()
				.hits()
				.stream()
				.map((hit) -> new DocumentVersion(hit.id(), hit.seqNo() == null ? -1 : hit.seqNo(),
						hit.primaryTerm() == null ? -1 : hit.primaryTerm()))
				.toList();
		}
		catch (IOException | RuntimeException ex) {
			throw StoreFailures.unavailable("search " + this.name, ex);
		}
	}

	/**
	 * Runs aggregations over the documents matching a query (no hits returned).
	 * @return the aggregation results by name
	 */
	public Map<String, Aggregate> aggregate(Query query, Map<String, Aggregation> aggregations) {
		try {
			@SuppressWarnings("rawtypes")
			SearchResponse<Map> response = client().search((search) -> search.index(this.name)
				.query(query)
				.size(0)
				.aggregations(aggregations)
				.ignoreUnavailable(true), Map.class);
			return response.aggregations();
		}
		catch (IOException | RuntimeException ex) {
			throw StoreFailures.unavailable("aggregate " + this.name, ex);
		}
	}

	/** Removes a document; absent is fine. */
	public void delete(String id) {
		try {
			client().delete((delete) -> delete.index(this.name).id(id));
		}
		catch (IOException | RuntimeException ex) {
			throw StoreFailures.unavailable("delete " + this.name + "/" + id, ex);
		}
	}

	public long count(Query query) {
		try {
			return client().count((count) -> count.index(this.name).query(query).ignoreUnavailable(true)).count();
		}
		catch (IOException | RuntimeException ex) {
			throw StoreFailures.unavailable("count " + this.name, ex);
		}
	}

	/** Makes recent writes visible to search (tests, admin actions; not the hot path). */
	public void refresh() {
		try {
			client().indices().refresh((refresh) -> refresh.index(this.name).ignoreUnavailable(true));
		}
		catch (IOException | RuntimeException ex) {
			throw StoreFailures.unavailable("refresh " + this.name, ex);
		}
	}

	private void writeOrThrow(WriteRequest request, String what) {
		switch (write(request)) {
			case WriteOutcome.Written written -> {
			}
			// without a version or op_type create there is nothing to conflict with:
			// reported as a refusal, as a single request's 409 was
			case WriteOutcome.Conflict conflict -> throw StoreFailures.unavailable(what, conflict.cause());
			case WriteOutcome.Failed failed -> throw StoreFailures.unavailable(what, failed.cause());
		}
	}

	/**
	 * Ensures the index exists, then hands the write to the writer: alone, or in a bulk
	 * with other threads' writes (group commit); either way it returns once acknowledged.
	 */
	private WriteOutcome write(WriteRequest request) {
		client();
		return this.writer.write(request);
	}

	@SuppressWarnings("rawtypes")
	private Versioned<T> versioned(Hit<Map> hit) {
		long seqNo = (hit.seqNo() != null) ? hit.seqNo() : -1;
		long primaryTerm = (hit.primaryTerm() != null) ? hit.primaryTerm() : 0;
		return new Versioned<>(hit.id(), DocumentJson.fromMap(hit.source(), this.type), seqNo, primaryTerm);
	}

	private ElasticsearchClient client() {
		ElasticsearchClient client;
		try {
			client = this.connection.client();
		}
		catch (RuntimeException ex) {
			throw new StoreUnavailableException("Elasticsearch is not reachable: " + ex.getMessage(), ex);
		}
		if (!this.ready) {
			ensureExists(client);
		}
		return client;
	}

	private synchronized void ensureExists(ElasticsearchClient client) {
		if (this.ready) {
			return;
		}
		try {
			if (client.indices().exists((exists) -> exists.index(this.name)).value()) {
				addNewFields(client);
			}
			else {
				try (InputStream mapping = mapping()) {
					client.indices()
						.create((create) -> create.index(this.name)
							.settings((settings) -> settings.numberOfReplicas(String.valueOf(this.replicas))
								.numberOfShards("1"))
							.mappings((mappings) -> mappings.withJson(mapping))
							.waitForActiveShards((wait) -> wait.count(1)));
				}
			}
			this.ready = true;
		}
		catch (IOException | RuntimeException ex) {
			if (StoreFailures.isAlreadyExists(ex)) {
				// another instance created it at the same moment
				this.ready = true;
				return;
			}
			throw StoreFailures.unavailable("create index " + this.name, ex);
		}
	}

	/**
	 * An index made by an older version lacks the fields added since: adding fields to a
	 * mapping is safe and idempotent (existing documents keep their values; new writes
	 * are indexed with the new fields).
	 */
	private void addNewFields(ElasticsearchClient client) throws IOException {
		try (InputStream mapping = mapping()) {
			client.indices().putMapping((put) -> put.index(this.name).withJson(mapping));
		}
		catch (RuntimeException ex) {
			log.warn("Could not add new fields to the mapping of {}: {}", this.name, ex.getMessage());
		}
	}

	private InputStream mapping() {
		InputStream stream = DocumentIndex.class.getResourceAsStream(this.mappingResource);
		if (stream == null) {
			throw new UncheckedIOException(new IOException("mapping resource missing: " + this.mappingResource));
		}
		return stream;
	}

}

package dev.tandem.connector.store;

import dev.tandem.connector.store.internal.DocumentWriter;
import dev.tandem.connector.store.internal.GroupCommit;
import dev.tandem.connector.store.internal.SingleRequestWriter;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexNames;

/**
 * Makes the connector's {@link DocumentIndex}es, all named under
 * {@code tandem.index-prefix}. They share one writer: with group commit on, writes to any
 * of them from any thread travel together in bulk requests.
 */
public class DocumentIndexes implements AutoCloseable {

	private final ElasticsearchConnection connection;

	private final IndexNames names;

	private final StoreProperties properties;

	private final DocumentWriter writer;

	public DocumentIndexes(ElasticsearchConnection connection, IndexNames names, StoreProperties properties) {
		this(connection, names, properties, writer(connection, properties.groupCommit()));
	}

	/** With a writer of the caller's choice (tests that hold or cut bulks). */
	DocumentIndexes(ElasticsearchConnection connection, IndexNames names, StoreProperties properties,
			DocumentWriter writer) {
		this.connection = connection;
		this.names = names;
		this.properties = properties;
		this.writer = writer;
	}

	private static DocumentWriter writer(ElasticsearchConnection connection, StoreProperties.GroupCommit groupCommit) {
		if (!groupCommit.enabled()) {
			return new SingleRequestWriter(connection::client);
		}
		return new GroupCommit(connection::client, groupCommit.maxInFlight(), groupCommit.maxItems(),
				groupCommit.maxBytes().toBytes());
	}

	/**
	 * @param store logical name, e.g. {@code cases} for {@code <prefix>-cases}
	 * @param mappingResource classpath resource with the index mapping (absolute path)
	 * @param type the document record
	 */
	public <T> DocumentIndex<T> index(String store, String mappingResource, Class<T> type) {
		return new DocumentIndex<>(this.connection, this.names.alias(store), mappingResource,
				this.properties.replicas(), type, this.writer);
	}

	/**
	 * A document type kept in the shared {@code <prefix>-settings} index (small singleton
	 * documents such as the mode or a poller's cursor, each under its own id).
	 */
	public <T> DocumentIndex<T> settings(Class<T> type) {
		return index("settings", "/dev/tandem/connector/store/settings-mapping.json", type);
	}

	public IndexNames names() {
		return this.names;
	}

	/**
	 * Bulk requests and the writes in them since start (0 and 0 with group commit off):
	 * their ratio is how many writes shared one translog sync.
	 */
	public GroupCommitCounts groupCommitCounts() {
		return (this.writer instanceof GroupCommit group) ? new GroupCommitCounts(group.bulks(), group.items())
				: new GroupCommitCounts(0, 0);
	}

	/** Stops the writer's threads once the bulks on their way are answered. */
	@Override
	public void close() {
		this.writer.close();
	}

	/**
	 * @param bulks bulk requests sent
	 * @param writes writes in them
	 */
	public record GroupCommitCounts(long bulks, long writes) {

	}

}

package dev.tandem.connector.store;

import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexNames;

/**
 * Makes the connector's {@link DocumentIndex}es, all named under
 * {@code tandem.index-prefix}.
 */
public class DocumentIndexes {

	private final ElasticsearchConnection connection;

	private final IndexNames names;

	private final StoreProperties properties;

	public DocumentIndexes(ElasticsearchConnection connection, IndexNames names, StoreProperties properties) {
		this.connection = connection;
		this.names = names;
		this.properties = properties;
	}

	/**
	 * @param store logical name, e.g. {@code cases} for {@code <prefix>-cases}
	 * @param mappingResource classpath resource with the index mapping (absolute path)
	 * @param type the document record
	 */
	public <T> DocumentIndex<T> index(String store, String mappingResource, Class<T> type) {
		return new DocumentIndex<>(this.connection, this.names.alias(store), mappingResource,
				this.properties.replicas(), type);
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

}

package dev.tandem.connector.store.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * One document write as a caller asked for it, before it is sent alone or in a bulk.
 *
 * @param kind what kind of write
 * @param index the index
 * @param id the document id (none for {@link Kind#APPEND}: Elasticsearch makes one)
 * @param document the record to store
 * @param ifSeqNo for {@link Kind#REPLACE}: the sequence number of the version read
 * @param ifPrimaryTerm for {@link Kind#REPLACE}: the primary term of the version read
 */
public record WriteRequest(Kind kind, String index, Optional<String> id, Object document, long ifSeqNo,
		long ifPrimaryTerm) {

	public WriteRequest {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(index, "index");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(document, "document");
		if (id.isEmpty() != (kind == Kind.APPEND)) {
			throw new IllegalArgumentException(kind + " needs " + ((kind == Kind.APPEND) ? "no id" : "an id"));
		}
	}

	/** Written only when no document has the id (op_type create). */
	public static WriteRequest create(String index, String id, Object document) {
		return new WriteRequest(Kind.CREATE, index, Optional.of(id), document, -1, 0);
	}

	/**
	 * Written only when the stored version is still the one read (if_seq_no,
	 * if_primary_term).
	 */
	public static WriteRequest replace(String index, String id, Object document, long ifSeqNo, long ifPrimaryTerm) {
		return new WriteRequest(Kind.REPLACE, index, Optional.of(id), document, ifSeqNo, ifPrimaryTerm);
	}

	/** Written whatever is stored under the id (last writer wins). */
	public static WriteRequest put(String index, String id, Object document) {
		return new WriteRequest(Kind.PUT, index, Optional.of(id), document, -1, 0);
	}

	/** Written under an id Elasticsearch generates. */
	public static WriteRequest append(String index, Object document) {
		return new WriteRequest(Kind.APPEND, index, Optional.empty(), document, -1, 0);
	}

	public enum Kind {

		CREATE, REPLACE, PUT, APPEND

	}

}

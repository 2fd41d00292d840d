package dev.tandem.connector.store;

import java.util.Objects;

/**
 * A stored document with the version Elasticsearch gave it: pass it back to
 * {@link DocumentIndex#replace} so a write made meanwhile by another instance is detected
 * instead of overwritten.
 *
 * @param id document id
 * @param value the document
 * @param seqNo sequence number of the version read
 * @param primaryTerm primary term of the version read
 */
public record Versioned<T>(String id, T value, long seqNo, long primaryTerm) {

	public Versioned {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(value, "value");
	}

	/** The same version carrying a changed value (to be written with its version). */
	public Versioned<T> with(T changed) {
		return new Versioned<>(this.id, changed, this.seqNo, this.primaryTerm);
	}

}

package dev.tandem.connector.store.internal;

/**
 * Sends document writes to Elasticsearch and returns each one's outcome only once
 * Elasticsearch has acknowledged it (or refused it, or could not be reached).
 */
public interface DocumentWriter extends AutoCloseable {

	/** Blocks until the write's outcome is known; never throws for a failed write. */
	WriteOutcome write(WriteRequest request);

	@Override
	default void close() {
	}

}

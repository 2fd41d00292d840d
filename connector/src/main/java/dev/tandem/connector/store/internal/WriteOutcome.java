package dev.tandem.connector.store.internal;

/**
 * What became of one {@link WriteRequest}, whether it was sent alone or in a bulk.
 */
public sealed interface WriteOutcome {

	/** Acknowledged by Elasticsearch (in its translog): the new version. */
	record Written(long seqNo, long primaryTerm) implements WriteOutcome {
	}

	/**
	 * Refused because of the stored document: a create found one with the id, or a
	 * replace found a newer version than the one read. Nothing changed.
	 */
	record Conflict(Throwable cause) implements WriteOutcome {
	}

	/**
	 * Not written: Elasticsearch could not be reached or refused the document (the caller
	 * reports the store as unavailable).
	 */
	record Failed(Throwable cause) implements WriteOutcome {
	}

}

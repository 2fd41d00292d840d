package dev.tandem.connector.store;

/**
 * Which version of a document a search saw ({@code -1} when Elasticsearch did not say).
 *
 * @param id document id
 * @param seqNo sequence number of that version
 * @param primaryTerm primary term of that version
 */
public record DocumentVersion(String id, long seqNo, long primaryTerm) {

	/** Whether a known version is this one or a later one (same primary term only). */
	public boolean isNotNewerThan(Versioned<?> known) {
		return this.seqNo >= 0 && known.primaryTerm() == this.primaryTerm && known.seqNo() >= this.seqNo;
	}

}

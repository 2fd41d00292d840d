package dev.tandem.connector.store.internal;

/**
 * Elasticsearch refused one item of a bulk request (the other items may have been
 * written): its status, error type and reason, as a single request's error would say.
 */
public class BulkItemException extends RuntimeException {

	private final int status;

	private final String type;

	public BulkItemException(int status, String type, String reason) {
		super("[" + status + "] " + type + ": " + reason);
		this.status = status;
		this.type = type;
	}

	public int status() {
		return this.status;
	}

	public String type() {
		return this.type;
	}

}

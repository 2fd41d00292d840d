package dev.tandem.kb.localnode;

/**
 * The local node could not be started or stopped; the message says why and what to do.
 */
public class LocalElasticsearchException extends RuntimeException {

	public LocalElasticsearchException(String message) {
		super(message);
	}

	public LocalElasticsearchException(String message, Throwable cause) {
		super(message, cause);
	}

}

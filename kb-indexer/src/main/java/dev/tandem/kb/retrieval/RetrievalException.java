package dev.tandem.kb.retrieval;

/**
 * Retrieval could not do what was asked: Elasticsearch unreachable or refusing. The
 * message says which index and why.
 */
public class RetrievalException extends RuntimeException {

	public RetrievalException(String message) {
		super(message);
	}

	public RetrievalException(String message, Throwable cause) {
		super(message, cause);
	}

}

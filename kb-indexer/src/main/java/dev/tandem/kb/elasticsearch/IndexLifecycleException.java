package dev.tandem.kb.elasticsearch;

/**
 * An index could not be created, checked or rebuilt; the message says what to do.
 */
public class IndexLifecycleException extends RuntimeException {

	public IndexLifecycleException(String message) {
		super(message);
	}

	public IndexLifecycleException(String message, Throwable cause) {
		super(message, cause);
	}

}

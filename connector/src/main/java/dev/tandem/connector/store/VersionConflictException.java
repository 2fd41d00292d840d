package dev.tandem.connector.store;

/**
 * Another writer changed the document since it was read (optimistic concurrency): read it
 * again and decide anew.
 */
public class VersionConflictException extends RuntimeException {

	public VersionConflictException(String message, Throwable cause) {
		super(message, cause);
	}

}

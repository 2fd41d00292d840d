package dev.tandem.connector.store;

/**
 * Elasticsearch did not take or give the data (down, overloaded, refused the request).
 * Nothing was stored; the caller should make the sender retry (HTTP 503) or retry later.
 */
public class StoreUnavailableException extends RuntimeException {

	public StoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

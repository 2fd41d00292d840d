package dev.tandem.connector.store.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.tandem.connector.store.StoreUnavailableException;
import org.elasticsearch.client.ResponseException;

/**
 * Reads Elasticsearch failures. A refused {@code create} or a failed version check comes
 * back either as the typed {@link ElasticsearchException} or as the low-level
 * {@link ResponseException} (FACTS.md): both are checked.
 */
public final class StoreFailures {

	private StoreFailures() {
	}

	public static boolean isConflict(Throwable failure) {
		return status(failure) == 409;
	}

	public static boolean isAlreadyExists(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException es && es.error() != null
					&& "resource_already_exists_exception".equals(es.error().type())) {
				return true;
			}
			if (cause.getMessage() != null && cause.getMessage().contains("resource_already_exists_exception")) {
				return true;
			}
		}
		return false;
	}

	public static StoreUnavailableException unavailable(String operation, Throwable cause) {
		return new StoreUnavailableException("Elasticsearch failed to " + operation + ": " + cause.getMessage(), cause);
	}

	private static int status(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException es) {
				return es.status();
			}
			if (cause instanceof ResponseException response) {
				return response.getResponse().getStatusLine().getStatusCode();
			}
		}
		return -1;
	}

}

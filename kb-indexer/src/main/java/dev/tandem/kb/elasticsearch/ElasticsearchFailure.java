package dev.tandem.kb.elasticsearch;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.OptionalInt;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import dev.tandem.kb.localnode.LocalElasticsearchException;
import org.elasticsearch.client.ResponseException;

/**
 * Classifies what went wrong in a call to Elasticsearch, in one place: the same failure
 * reaches us as {@link ElasticsearchException}, as the transport's
 * {@link TransportException} or as the low-level {@link ResponseException} (a duplicate
 * {@code create} does the latter, FACTS.md), often wrapped.
 */
public final class ElasticsearchFailure {

	private ElasticsearchFailure() {
	}

	/** The HTTP status Elasticsearch answered with, when it answered. */
	public static OptionalInt status(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException ex) {
				return OptionalInt.of(ex.status());
			}
			if (cause instanceof ResponseException ex) {
				return OptionalInt.of(ex.getResponse().getStatusLine().getStatusCode());
			}
			if (cause instanceof TransportException ex && ex.statusCode() > 0) {
				return OptionalInt.of(ex.statusCode());
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * The error type Elasticsearch named, e.g. {@code resource_already_exists_exception}.
	 */
	public static Optional<String> errorType(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException ex && ex.error() != null) {
				return Optional.ofNullable(ex.error().type());
			}
			if (cause instanceof ResponseException ex) {
				String text = String.valueOf(ex.getMessage());
				int at = text.indexOf("\"type\":\"");
				if (at >= 0) {
					int start = at + 8;
					int end = text.indexOf('"', start);
					return (end > start) ? Optional.of(text.substring(start, end)) : Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/** A version conflict: {@code create} of an existing id, or a stale if_seq_no. */
	public static boolean isConflict(Throwable failure) {
		return status(failure).orElse(0) == 409;
	}

	/**
	 * The index refuses writes for now ({@code index.blocks.write}, set for a moment by a
	 * rebuild): try again shortly, the alias will point to the new index.
	 */
	public static boolean isWriteBlocked(Throwable failure) {
		return errorType(failure).filter("cluster_block_exception"::equals).isPresent();
	}

	public static boolean isAlreadyExists(Throwable failure) {
		return errorType(failure).filter("resource_already_exists_exception"::equals).isPresent();
	}

	/** Elasticsearch could not be reached at all (nothing was answered). */
	public static boolean isUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
					|| cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
					|| cause instanceof LocalElasticsearchException
					|| cause.getClass().getName().equals("org.apache.http.conn.ConnectTimeoutException")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The innermost message, which names the actual problem (e.g. Connection refused).
	 */
	public static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return (message == null || message.isBlank()) ? root.getClass().getSimpleName() : message;
	}

}

package dev.tandem.jira;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A failed Jira call, already classified (by {@link JiraErrorClassifier}) so callers can
 * decide without looking at HTTP details: {@link #permanent()} failures need a person
 * (credentials, permissions, bad data); the others may succeed later, not before
 * {@link #retryNotBefore()} when Jira said so.
 */
public final class JiraException extends RuntimeException {

	private final Kind kind;

	private final String operation;

	private final OptionalInt status;

	private final Optional<Instant> retryNotBefore;

	private final Optional<Duration> retryAfter;

	private final List<String> errorMessages;

	private final Map<String, String> fieldErrors;

	JiraException(Kind kind, String operation, String message, OptionalInt status, Optional<Instant> retryNotBefore,
			Optional<Duration> retryAfter, List<String> errorMessages, Map<String, String> fieldErrors,
			Throwable cause) {
		super(message, cause);
		this.kind = Objects.requireNonNull(kind, "kind");
		this.operation = Objects.requireNonNull(operation, "operation");
		this.status = status;
		this.retryNotBefore = retryNotBefore;
		this.retryAfter = retryAfter;
		this.errorMessages = List.copyOf(errorMessages);
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	/** A permanent failure not caused by an HTTP answer (e.g. no such transition). */
	public static JiraException permanent(Kind kind, String operation, String message) {
		return new JiraException(kind, operation, message, OptionalInt.empty(), Optional.empty(), Optional.empty(),
				List.of(), Map.of(), null);
	}

	public Kind kind() {
		return this.kind;
	}

	/** True when retrying the same call cannot help. */
	public boolean permanent() {
		return !this.kind.retriable();
	}

	public boolean retriable() {
		return this.kind.retriable();
	}

	/** The call that failed, e.g. {@code POST /rest/api/3/issue/SUP-1/comment}. */
	public String operation() {
		return this.operation;
	}

	/** HTTP status, absent for I/O failures. */
	public OptionalInt status() {
		return this.status;
	}

	/**
	 * How long Jira asked us to wait ({@code Retry-After}), measured when the answer
	 * arrived.
	 */
	public Optional<Duration> retryAfter() {
		return this.retryAfter;
	}

	/**
	 * The earliest moment Jira accepts a retry ({@code Retry-After} applied to the time
	 * of the answer).
	 */
	public Optional<Instant> retryNotBefore() {
		return this.retryNotBefore;
	}

	/** Jira's {@code errorMessages}. */
	public List<String> errorMessages() {
		return this.errorMessages;
	}

	/** Jira's {@code errors}: field id to message. */
	public Map<String, String> fieldErrors() {
		return this.fieldErrors;
	}

	/** What went wrong, and whether trying again can help. */
	public enum Kind {

		/** 400/422: Jira refused the data; the message carries Jira's reasons. */
		VALIDATION(false),
		/** 401: wrong or expired credentials. */
		UNAUTHORIZED(false),
		/** 403: the account lacks a permission, or the token a scope. */
		FORBIDDEN(false),
		/** 404: no such issue/resource, or the account cannot see it. */
		NOT_FOUND(false),
		/** Other 4xx answers (405, 413, 415, ...). */
		CLIENT_ERROR(false),
		/** A successful answer Tandem cannot read (not JSON, missing fields). */
		INVALID_RESPONSE(false),
		/**
		 * The operation cannot be done on this issue, e.g. no transition of that name.
		 */
		NOT_POSSIBLE(false),
		/** 409: concurrent change in Jira. */
		CONFLICT(true),
		/** 429: rate limited. */
		RATE_LIMITED(true),
		/** 5xx: Jira or a proxy in front of it failed. */
		SERVER_ERROR(true),
		/** No answer: connection refused or reset, timeout, 408. */
		NETWORK(true);

		private final boolean retriable;

		Kind(boolean retriable) {
			this.retriable = retriable;
		}

		public boolean retriable() {
			return this.retriable;
		}

	}

}

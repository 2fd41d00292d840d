package dev.tandem.jira;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

/**
 * The one place that decides what a failed Jira call means: permanent (a person must act)
 * or retriable, with Jira's own reasons and its {@code Retry-After} attached.
 */
public final class JiraErrorClassifier {

	private static final int MAX_BODY_IN_MESSAGE = 300;

	private final JiraFlavor flavor;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	public JiraErrorClassifier(JiraFlavor flavor, Clock clock) {
		this.flavor = flavor;
		this.clock = clock;
	}

	/** Classifies an HTTP answer outside 2xx. */
	public JiraException classify(String operation, int status, HttpHeaders headers, String body) {
		Instant receivedAt = this.clock.instant();
		List<String> errorMessages = new ArrayList<>();
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		readJiraErrors(body, errorMessages, fieldErrors);
		String jiraSays = jiraSays(body, errorMessages, fieldErrors);
		JiraException.Kind kind = kindOf(status);
		Optional<Duration> retryAfter = (kind == JiraException.Kind.RATE_LIMITED
				|| kind == JiraException.Kind.SERVER_ERROR) ? retryAfter(headers, receivedAt) : Optional.empty();
		String message = switch (kind) {
			case VALIDATION -> "Jira rejected " + operation + " (" + status + ")" + jiraSays;
			case UNAUTHORIZED -> "Jira did not accept Tandem's credentials (401) for " + operation + ": check "
					+ credentialKeys() + jiraSays;
			case FORBIDDEN -> "Jira refused " + operation + " (403): the Jira account lacks a permission for it"
					+ " (e.g. Browse projects, Add comments, Assign issues, Transition issues, Edit issues)"
					+ " or the token lacks a scope" + jiraSays;
			case NOT_FOUND -> "Jira found nothing for " + operation
					+ " (404): it does not exist or the Jira account cannot see it" + jiraSays;
			case CONFLICT -> "Jira reported a conflicting change for " + operation + " (409)" + jiraSays;
			case RATE_LIMITED -> "Jira rate-limited " + operation + " (429)"
					+ retryAfter.map((d) -> ", retry after " + d).orElse("") + jiraSays;
			case SERVER_ERROR -> "Jira failed " + operation + " (" + status + ")"
					+ retryAfter.map((d) -> ", retry after " + d).orElse("") + jiraSays;
			case NETWORK -> "Jira timed out on " + operation + " (" + status + ")";
			default -> "Jira refused " + operation + " (" + status + ")" + jiraSays;
		};
		return new JiraException(kind, operation, message, OptionalInt.of(status), retryAfter.map(receivedAt::plus),
				retryAfter, errorMessages, fieldErrors, null);
	}

	/** Classifies a call that got no answer: timeouts, refused or reset connections. */
	public JiraException classify(String operation, Throwable failure) {
		Throwable cause = rootIoCause(failure);
		String what = (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException)
				? "timed out" : "failed without an answer";
		return new JiraException(JiraException.Kind.NETWORK, operation,
				"Jira call " + operation + " " + what + ": " + cause, OptionalInt.empty(), Optional.empty(),
				Optional.empty(), List.of(), Map.of(), failure);
	}

	/** A 2xx answer that is not what Jira documents. */
	public JiraException invalidResponse(String operation, String problem, Throwable cause) {
		return new JiraException(JiraException.Kind.INVALID_RESPONSE, operation,
				"Unreadable answer from Jira for " + operation + ": " + problem, OptionalInt.empty(), Optional.empty(),
				Optional.empty(), List.of(), Map.of(), cause);
	}

	/**
	 * Reads {@code Retry-After} (delay in seconds or an HTTP date); Jira Cloud's
	 * {@code X-RateLimit-Reset} (an ISO timestamp) is the fallback.
	 */
	public Optional<Duration> retryAfter(HttpHeaders headers, Instant receivedAt) {
		Optional<Duration> header = Optional.ofNullable(headers.getFirst(HttpHeaders.RETRY_AFTER))
			.flatMap((value) -> parseRetryAfter(value, receivedAt));
		if (header.isPresent()) {
			return header;
		}
		return Optional.ofNullable(headers.getFirst("X-RateLimit-Reset")).flatMap((value) -> {
			try {
				return Optional.of(nonNegative(Duration.between(receivedAt, OffsetDateTime.parse(value.trim()))));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		});
	}

	static Optional<Duration> parseRetryAfter(String value, Instant receivedAt) {
		String trimmed = value.trim();
		if (trimmed.matches("\\d{1,9}(\\.\\d{1,3})?")) {
			// RFC 9110 says whole seconds; some proxies send fractions
			return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(trimmed) * 1000)));
		}
		try {
			ZonedDateTime date = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
			return Optional.of(nonNegative(Duration.between(receivedAt, date.toInstant())));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	private static Duration nonNegative(Duration duration) {
		return duration.isNegative() ? Duration.ZERO : duration;
	}

	private static JiraException.Kind kindOf(int status) {
		return switch (status) {
			case 400, 422 -> JiraException.Kind.VALIDATION;
			case 401 -> JiraException.Kind.UNAUTHORIZED;
			case 403 -> JiraException.Kind.FORBIDDEN;
			case 404 -> JiraException.Kind.NOT_FOUND;
			case 408 -> JiraException.Kind.NETWORK;
			case 409 -> JiraException.Kind.CONFLICT;
			case 429 -> JiraException.Kind.RATE_LIMITED;
			default -> (status >= 500) ? JiraException.Kind.SERVER_ERROR : JiraException.Kind.CLIENT_ERROR;
		};
	}

	private String credentialKeys() {
		return (this.flavor == JiraFlavor.CLOUD)
				? "tandem.jira.user (the account's email) and tandem.jira.api-token (not expired or revoked)"
				: "tandem.jira.personal-access-token (not expired or revoked)";
	}

	private void readJiraErrors(String body, List<String> errorMessages, Map<String, String> fieldErrors) {
		if (body == null || body.isBlank()) {
			return;
		}
		try {
			JsonNode root = this.json.readTree(body);
			root.path("errorMessages").values().forEach((m) -> errorMessages.add(m.asString()));
			root.path("errors").properties().forEach((e) -> fieldErrors.put(e.getKey(), e.getValue().asString()));
			// the service desk API answers {"errorMessage": "...", "i18nErrorMessage":
			// {...}}
			if (root.path("errorMessage").isString()) {
				errorMessages.add(root.path("errorMessage").asString());
			}
		}
		catch (JacksonException notJson) {
			// proxies answer with HTML: the raw body goes into the message instead
		}
	}

	private static String jiraSays(String body, List<String> errorMessages, Map<String, String> fieldErrors) {
		List<String> parts = new ArrayList<>(errorMessages);
		fieldErrors.forEach((field, message) -> parts.add(field + ": " + message));
		if (parts.isEmpty()) {
			if (body == null || body.isBlank()) {
				return "";
			}
			String trimmed = body.strip();
			return ". Jira says: " + ((trimmed.length() > MAX_BODY_IN_MESSAGE)
					? trimmed.substring(0, MAX_BODY_IN_MESSAGE) + "..." : trimmed);
		}
		return ". Jira says: " + String.join("; ", parts);
	}

	private static Throwable rootIoCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && !(cause instanceof IOException)) {
			cause = cause.getCause();
		}
		return cause;
	}

}

package dev.tandem.jira.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Jira's JSON conventions: optional string fields and timestamps like
 * {@code 2024-01-15T10:30:00.000+0000} (an offset without a colon, which
 * {@link java.time.format.DateTimeFormatter#ISO_OFFSET_DATE_TIME} refuses).
 */
public final class JiraJson {

	private static final DateTimeFormatter JIRA_TIMESTAMP = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.appendPattern("[XXX][XX][X]")
		.toFormatter();

	private JiraJson() {
	}

	/** A non-blank string field. */
	public static Optional<String> text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isString() || value.isNumber()) {
			String text = value.asString();
			return text.isBlank() ? Optional.empty() : Optional.of(text);
		}
		return Optional.empty();
	}

	/** A timestamp field in Jira's or ISO format. */
	public static Optional<Instant> instant(JsonNode node, String field) {
		try {
			return text(node, field).map(JiraJson::parseTimestamp);
		}
		catch (UnreadableResponse ex) {
			throw new UnreadableResponse("field '" + field + "': " + ex.getMessage());
		}
	}

	/**
	 * A text field that may be absent or null (then empty), but is never of another type:
	 * an object or a number where Jira sends text means the body is not what it claims.
	 */
	public static String optionalText(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (!value.isString()) {
			throw new UnreadableResponse("field '" + field + "' is "
					+ value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not text");
		}
		return value.asString();
	}

	public static Instant parseTimestamp(String value) {
		try {
			return OffsetDateTime.parse(value, JIRA_TIMESTAMP).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new UnreadableResponse("not a Jira timestamp: '" + value + "'");
		}
	}

	/** A Jira answer that lacks what Jira documents. */
	public static final class UnreadableResponse extends RuntimeException {

		public UnreadableResponse(String message) {
			super(message);
		}

	}

}

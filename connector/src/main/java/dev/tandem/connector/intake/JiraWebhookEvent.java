package dev.tandem.connector.intake;

import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jira webhook delivery, checked enough to act on.
 *
 * @param type {@code webhookEvent}, e.g. {@code jira:issue_created}
 * @param deliveryId {@code X-Atlassian-Webhook-Identifier}, when sent
 * @param issue the {@code issue} object (issue and comment events carry one)
 * @param comment the {@code comment} object of comment events
 * @param changelog the {@code changelog} object of issue updates ({@code {"id", "items":
 * [{"field", "from", "fromString", "to", "toString"}]}})
 * @param timestamp the event's {@code timestamp} (epoch milliseconds), when sent
 */
public record JiraWebhookEvent(String type, Optional<String> deliveryId, Optional<JsonNode> issue,
		Optional<JsonNode> comment, Optional<JsonNode> changelog, Optional<java.time.Instant> timestamp) {

	public JiraWebhookEvent(String type, Optional<String> deliveryId, Optional<JsonNode> issue,
			Optional<JsonNode> comment) {
		this(type, deliveryId, issue, comment, Optional.empty(), Optional.empty());
	}

	public static final String ISSUE_CREATED = "jira:issue_created";

	public static final String ISSUE_UPDATED = "jira:issue_updated";

	public static final String COMMENT_CREATED = "comment_created";

	private static final JsonMapper json = JsonMapper.builder().build();

	public JiraWebhookEvent {
		Objects.requireNonNull(type, "type");
		deliveryId = Objects.requireNonNullElse(deliveryId, Optional.empty());
		issue = Objects.requireNonNullElse(issue, Optional.empty());
		comment = Objects.requireNonNullElse(comment, Optional.empty());
		changelog = Objects.requireNonNullElse(changelog, Optional.empty());
		timestamp = Objects.requireNonNullElse(timestamp, Optional.empty());
	}

	/**
	 * Reads a delivery body.
	 * @throws IllegalArgumentException naming what is wrong when it is not a Jira event
	 */
	public static JiraWebhookEvent parse(byte[] body, Optional<String> deliveryId) {
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("body is not JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new IllegalArgumentException("body is not a JSON object");
		}
		JsonNode type = root.path("webhookEvent");
		if (!type.isString() || type.asString().isBlank()) {
			throw new IllegalArgumentException("missing field 'webhookEvent': not a Jira webhook event");
		}
		Optional<JsonNode> issue = object(root, "issue");
		Optional<JsonNode> comment = object(root, "comment");
		String name = type.asString();
		if ((ISSUE_CREATED.equals(name) || ISSUE_UPDATED.equals(name) || COMMENT_CREATED.equals(name))) {
			JsonNode found = issue.orElseThrow(() -> new IllegalArgumentException(
					"field 'issue' is missing: a " + name + " event carries the issue"));
			if (!found.path("id").isValueNode() || !found.path("key").isString()) {
				throw new IllegalArgumentException("field 'issue' lacks 'id' or 'key'");
			}
		}
		if (COMMENT_CREATED.equals(name) && comment.map((node) -> !node.path("id").isValueNode()).orElse(true)) {
			throw new IllegalArgumentException("field 'comment' with an 'id' is missing in a comment_created event");
		}
		JsonNode time = root.path("timestamp");
		Optional<java.time.Instant> timestamp = time.isNumber()
				? Optional.of(java.time.Instant.ofEpochMilli(time.asLong())) : Optional.empty();
		return new JiraWebhookEvent(name, deliveryId.filter((id) -> !id.isBlank()), issue, comment,
				object(root, "changelog"), timestamp);
	}

	public String issueId() {
		return this.issue.map((node) -> node.path("id").asString()).orElse("");
	}

	public String issueKey() {
		return this.issue.map((node) -> node.path("key").asString()).orElse("");
	}

	private static Optional<JsonNode> object(JsonNode root, String field) {
		JsonNode node = root.path(field);
		return node.isObject() ? Optional.of(node) : Optional.empty();
	}

}

package dev.tandem.jira.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.jira.JiraComment;
import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.JiraUser;
import dev.tandem.jira.Transition;
import dev.tandem.jira.internal.JiraJson.UnreadableResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Jira's JSON (platform API v2/v3 and the service desk API) into Tandem's records.
 */
public final class JiraReader {

	static final String INTERNAL_COMMENT_PROPERTY = "sd.public.comment";

	private static final String REQUEST_TYPE_FIELD = "com.atlassian.servicedesk:vp-origin";

	private static final String ORGANISATIONS_FIELD = "com.atlassian.servicedesk:sd-customer-organizations";

	private final JiraDialect dialect;

	private final JsonMapper json;

	public JiraReader(JiraDialect dialect, JsonMapper json) {
		this.dialect = dialect;
		this.json = json;
	}

	public Optional<JiraUser> user(JsonNode user) {
		if (!user.isObject()) {
			return Optional.empty();
		}
		return this.dialect.userId(user)
			.map((id) -> new JiraUser(id, JiraJson.text(user, "displayName").orElse(id),
					JiraJson.text(user, "emailAddress"), JiraJson.text(user, "timeZone").flatMap(JiraReader::zone),
					user.path("active").asBoolean(true)));
	}

	public List<JiraUser> users(JsonNode users) {
		List<JiraUser> result = new ArrayList<>();
		users.values().forEach((user) -> user(user).ifPresent(result::add));
		return result;
	}

	/**
	 * A platform comment; {@code jsdPublic}, the internal-note property or a visibility
	 * restriction make it internal.
	 */
	public JiraComment comment(JsonNode comment) {
		boolean internal = !comment.path("jsdPublic").asBoolean(true) || comment.path("visibility").isObject();
		for (JsonNode property : comment.path("properties").values()) {
			if (INTERNAL_COMMENT_PROPERTY.equals(property.path("key").asString(""))
					&& property.path("value").path("internal").asBoolean(false)) {
				internal = true;
			}
		}
		return new JiraComment(required(comment, "id"), user(comment.path("author")),
				this.dialect.text(comment.path("body")),
				internal ? JiraComment.Visibility.INTERNAL : JiraComment.Visibility.PUBLIC,
				JiraJson.instant(comment, "created").orElseThrow(() -> missing("created", comment)));
	}

	/**
	 * A service desk API comment: plain/wiki text body, {@code public} flag,
	 * {@code created} as a DateDTO.
	 */
	public JiraComment serviceDeskComment(JsonNode comment) {
		JsonNode created = comment.path("created");
		Instant createdAt = created.path("epochMillis").isNumber()
				? Instant.ofEpochMilli(created.path("epochMillis").asLong())
				: JiraJson.instant(created, "iso8601").orElseThrow(() -> missing("created", comment));
		return new JiraComment(required(comment, "id"), user(comment.path("author")),
				WikiMarkupText.toPlainText(comment.path("body").asString("")), comment.path("public").asBoolean(true)
						? JiraComment.Visibility.PUBLIC : JiraComment.Visibility.INTERNAL,
				createdAt);
	}

	public Transition transition(JsonNode transition) {
		return new Transition(required(transition, "id"), transition.path("name").asString(""),
				transition.path("to").path("name").asString(""));
	}

	/**
	 * An issue; {@code schema} is the {@code expand=schema} answer (per issue on GET, per
	 * page on search) used to find the service desk fields, whose ids differ per site.
	 */
	public JiraIssue issue(JsonNode issue, JsonNode schema) {
		JsonNode fields = issue.path("fields");
		if (!fields.isObject()) {
			throw missing("fields", issue);
		}
		Map<String, Object> customFields = new LinkedHashMap<>();
		Optional<String> requestType = Optional.empty();
		List<String> organisations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : fields.properties()) {
			JsonNode value = field.getValue();
			if (!field.getKey().startsWith("customfield_") || value.isNull()) {
				continue;
			}
			customFields.put(field.getKey(), this.json.treeToValue(value, Object.class));
			String customType = schema.path(field.getKey()).path("custom").asString("");
			if (customType.equals(REQUEST_TYPE_FIELD) || value.path("requestType").isObject()) {
				requestType = requestType.or(() -> JiraJson.text(value.path("requestType"), "name"));
			}
			if (customType.equals(ORGANISATIONS_FIELD) || looksLikeOrganisations(value)) {
				value.values().forEach((org) -> JiraJson.text(org, "name").ifPresent(organisations::add));
			}
		}
		List<String> labels = new ArrayList<>();
		fields.path("labels").values().forEach((label) -> labels.add(label.asString()));
		return new JiraIssue(required(issue, "key"), required(issue, "id"),
				JiraJson.text(fields.path("project"), "key").orElseThrow(() -> missing("fields.project.key", issue)),
				JiraJson.optionalText(fields, "summary"), this.dialect.text(fields.path("description")),
				user(fields.path("reporter")), user(fields.path("assignee")), labels,
				JiraJson.text(fields.path("priority"), "name"), fields.path("status").path("name").asString(""),
				fields.path("issuetype").path("name").asString(""),
				JiraJson.instant(fields, "created").orElseThrow(() -> missing("fields.created", issue)),
				JiraJson.instant(fields, "updated"), requestType, organisations, customFields, List.of(),
				JiraJson.text(fields.path("resolution"), "name"), JiraJson.instant(fields, "resolutiondate"),
				JiraJson.text(fields.path("status").path("statusCategory"), "key"));
	}

	/** Project type of an issue answer ({@code service_desk} for JSM). */
	public Optional<String> projectType(JsonNode issue) {
		return JiraJson.text(issue.path("fields").path("project"), "projectTypeKey");
	}

	// without a schema (e.g. webhook payloads): JSM organisations link to the service
	// desk API
	private static boolean looksLikeOrganisations(JsonNode value) {
		return value.isArray() && !value.isEmpty()
				&& value.path(0).path("_links").path("self").asString("").contains("/servicedeskapi/organization/");
	}

	private static Optional<ZoneId> zone(String id) {
		try {
			return Optional.of(ZoneId.of(id));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String required(JsonNode node, String field) {
		return JiraJson.text(node, field).orElseThrow(() -> missing(field, node));
	}

	private static UnreadableResponse missing(String field, JsonNode node) {
		String where = JiraJson.text(node, "key")
			.or(() -> JiraJson.text(node, "id"))
			.map((id) -> " of " + id)
			.orElse("");
		return new UnreadableResponse("missing '" + field + "'" + where);
	}

}

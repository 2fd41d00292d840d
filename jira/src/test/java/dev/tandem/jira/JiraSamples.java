package dev.tandem.jira;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jira answers as the real products send them (Cloud v3 with ADF and accountIds, Data
 * Center v2 with wiki markup and user names), timestamps in Jira's own format. Every
 * sample passes {@link JiraOpenApi}.
 */
public final class JiraSamples {

	public static final String CREATED = "2026-11-20T09:15:00.000+0000";

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JiraFlavor flavor;

	private JiraSamples(JiraFlavor flavor) {
		this.flavor = flavor;
	}

	public static JiraSamples cloud() {
		return new JiraSamples(JiraFlavor.CLOUD);
	}

	public static JiraSamples dataCenter() {
		return new JiraSamples(JiraFlavor.DATA_CENTER);
	}

	public static JiraSamples of(JiraFlavor flavor) {
		return new JiraSamples(flavor);
	}

	private boolean isCloud() {
		return this.flavor == JiraFlavor.CLOUD;
	}

	/** A user; {@code id} is the accountId on Cloud, the name on Data Center. */
	public ObjectNode user(String id, String displayName, String email) {
		ObjectNode user = nodes.objectNode();
		if (isCloud()) {
			user.put("accountId", id);
			user.put("accountType", "atlassian");
		}
		else {
			user.put("name", id);
			user.put("key", "JIRAUSER" + Math.abs(id.hashCode() % 100000));
		}
		user.put("displayName", displayName);
		if (email != null) {
			user.put("emailAddress", email);
		}
		user.put("timeZone", "Europe/Berlin");
		user.put("active", true);
		return user;
	}

	/** A body in the flavour's format: ADF paragraphs or a wiki string. */
	public JsonNode body(String text) {
		if (!isCloud()) {
			return nodes.stringNode(text);
		}
		ObjectNode doc = nodes.objectNode().put("type", "doc").put("version", 1);
		ArrayNode content = doc.putArray("content");
		for (String paragraph : text.split("\n\n")) {
			ObjectNode p = content.addObject().put("type", "paragraph");
			p.putArray("content").addObject().put("type", "text").put("text", paragraph);
		}
		return doc;
	}

	/**
	 * A JSM request (project type service_desk) with request type, organisation and
	 * custom fields.
	 */
	public ObjectNode serviceRequest(String key, String summary, String description) {
		ObjectNode issue = issue(key, summary, description, "service_desk");
		ObjectNode fields = (ObjectNode) issue.get("fields");
		ObjectNode origin = fields.putObject("customfield_10010");
		origin.putObject("_links").put("web", "https://example.atlassian.net/servicedesk/customer/portal/1/" + key);
		origin.putObject("requestType").put("id", "12").put("name", "Get IT help");
		ArrayNode orgs = fields.putArray("customfield_10002");
		ObjectNode org = orgs.addObject().put("id", "1").put("name", "Acme Corp");
		org.putObject("_links").put("self", "https://example.atlassian.net/rest/servicedeskapi/organization/1");
		fields.put("customfield_10050", "Gold");
		fields.putNull("customfield_10060");
		issue.putObject("names")
			.put("customfield_10010", "Customer Request Type")
			.put("customfield_10002", "Organizations")
			.put("customfield_10050", "Support level");
		ObjectNode schema = issue.putObject("schema");
		schema.putObject("customfield_10010")
			.put("type", "sd-customerrequesttype")
			.put("custom", "com.atlassian.servicedesk:vp-origin")
			.put("customId", 10010);
		schema.putObject("customfield_10002")
			.put("type", "array")
			.put("items", "sd-customerorganization")
			.put("custom", "com.atlassian.servicedesk:sd-customer-organizations")
			.put("customId", 10002);
		return issue;
	}

	/**
	 * An issue resolved by an agent: resolution {@code Done}, resolution date, status
	 * {@code Resolved} in the done category.
	 */
	public ObjectNode resolved(ObjectNode issue, String resolutionDate) {
		ObjectNode fields = (ObjectNode) issue.get("fields");
		fields.putObject("resolution").put("id", "10000").put("name", "Done");
		fields.put("resolutiondate", resolutionDate);
		ObjectNode status = fields.putObject("status").put("id", "10002").put("name", "Resolved");
		status.putObject("statusCategory").put("id", 3).put("key", "done").put("name", "Done");
		return issue;
	}

	/** A plain software-project issue. */
	public ObjectNode issue(String key, String summary, String description, String projectType) {
		String project = key.substring(0, key.lastIndexOf('-'));
		ObjectNode issue = nodes.objectNode();
		issue.put("id", Integer.toString(10000 + Math.abs(key.hashCode() % 10000)));
		issue.put("key", key);
		issue.put("self", "https://example.atlassian.net/rest/api/" + (isCloud() ? "3" : "2") + "/issue/" + key);
		ObjectNode fields = issue.putObject("fields");
		fields.put("summary", summary);
		fields.set("description", body(description));
		fields.set("reporter",
				user(isCloud() ? "557058:customer-1" : "customer1", "Casey Customer", "casey@example.com"));
		fields.putNull("assignee");
		fields.putArray("labels").add("billing");
		fields.putObject("priority").put("id", "2").put("name", "High");
		fields.putObject("status").put("id", "10001").put("name", "Waiting for support");
		fields.putObject("issuetype").put("id", "10002").put("name", "Service Request");
		fields.putObject("project")
			.put("id", "10000")
			.put("key", project)
			.put("name", "Support")
			.put("projectTypeKey", projectType);
		fields.put("created", CREATED);
		fields.put("updated", "2026-11-20T09:20:00.000+0000");
		return issue;
	}

	/** A platform comment; internal ones carry what the flavour uses to mark them. */
	public ObjectNode comment(String id, String text, boolean isPublic) {
		ObjectNode comment = nodes.objectNode();
		comment.put("id", id);
		comment.set("author", user(isCloud() ? "557058:agent-1" : "agent1", "Alex Agent", "alex@example.com"));
		comment.set("body", body(text));
		comment.put("created", CREATED);
		comment.put("updated", CREATED);
		if (isCloud()) {
			comment.put("jsdPublic", isPublic);
		}
		else if (!isPublic) {
			ObjectNode property = comment.putArray("properties").addObject().put("key", "sd.public.comment");
			property.putObject("value").put("internal", true);
		}
		return comment;
	}

	public ObjectNode commentsPage(int startAt, int total, List<ObjectNode> comments) {
		ObjectNode page = nodes.objectNode().put("startAt", startAt).put("maxResults", 100).put("total", total);
		page.putArray("comments").addAll(comments);
		return page;
	}

	/** A service desk API comment (string body, public flag, DateDTO). */
	public ObjectNode serviceDeskComment(String id, String text, boolean isPublic) {
		ObjectNode comment = nodes.objectNode().put("id", id).put("body", text).put("public", isPublic);
		ObjectNode author = comment.putObject("author");
		if (isCloud()) {
			author.put("accountId", "557058:tandem-bot");
		}
		else {
			author.put("name", "tandem-bot").put("key", "JIRAUSER10100");
		}
		author.put("displayName", "Tandem").put("active", true).put("timeZone", "UTC");
		comment.putObject("created")
			.put("iso8601", "2026-11-20T10:15:00+0100")
			.put("jira", "2026-11-20T10:15:00.000+0100")
			.put("friendly", "Today 10:15 AM")
			.put("epochMillis", 1795684500000L);
		return comment;
	}

	/** Transitions from triples id, name, target status. */
	public ObjectNode transitions(String... idNameTo) {
		ObjectNode answer = nodes.objectNode();
		ArrayNode transitions = answer.putArray("transitions");
		for (int i = 0; i + 2 < idNameTo.length; i += 3) {
			ObjectNode transition = transitions.addObject().put("id", idNameTo[i]).put("name", idNameTo[i + 1]);
			transition.putObject("to").put("id", "100" + i).put("name", idNameTo[i + 2]);
			transition.put("hasScreen", false).put("isAvailable", true);
		}
		return answer;
	}

	/** A Cloud search page ({@code /search/jql}): token paging, no total. */
	public ObjectNode cloudSearchPage(List<ObjectNode> issues, Optional<String> nextPageToken) {
		ObjectNode page = nodes.objectNode();
		page.putArray("issues").addAll(issues);
		nextPageToken.ifPresent((token) -> page.put("nextPageToken", token));
		page.put("isLast", nextPageToken.isEmpty());
		return page;
	}

	/** A Data Center search page ({@code /search}): offset paging with a total. */
	public ObjectNode dataCenterSearchPage(List<ObjectNode> issues, int startAt, int total) {
		ObjectNode page = nodes.objectNode().put("expand", "names,schema").put("startAt", startAt);
		page.put("maxResults", 50).put("total", total);
		page.putArray("issues").addAll(issues);
		return page;
	}

	public ObjectNode groupMembers(List<ObjectNode> users, int startAt, int total, boolean isLast) {
		ObjectNode page = nodes.objectNode().put("startAt", startAt).put("maxResults", 50).put("total", total);
		page.put("isLast", isLast);
		page.putArray("values").addAll(users);
		return page;
	}

	/** Jira's error answer. */
	public static ObjectNode error(List<String> errorMessages, String field, String fieldMessage) {
		ObjectNode error = nodes.objectNode();
		ArrayNode messages = error.putArray("errorMessages");
		errorMessages.forEach(messages::add);
		ObjectNode errors = error.putObject("errors");
		if (field != null) {
			errors.put(field, fieldMessage);
		}
		return error;
	}

	public static String text(JsonNode node) {
		return json.writeValueAsString(node);
	}

}

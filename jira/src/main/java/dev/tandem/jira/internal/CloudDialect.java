package dev.tandem.jira.internal;

import java.util.Optional;

import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraFlavor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Jira Cloud: REST v3, ADF, accountIds, token-paged search without totals. */
public final class CloudDialect implements JiraDialect {

	@Override
	public JiraFlavor flavor() {
		return JiraFlavor.CLOUD;
	}

	@Override
	public String api() {
		return "/rest/api/3";
	}

	@Override
	public JsonNode body(JiraDocument document) {
		return AdfRenderer.render(document);
	}

	@Override
	public String text(JsonNode body) {
		// webhook payloads carry v2 representations (wiki strings) even on Cloud
		return body.isString() ? WikiMarkupText.toPlainText(body.asString()) : AdfText.toPlainText(body);
	}

	@Override
	public ObjectNode userReference(String userId) {
		ObjectNode user = JsonNodeFactory.instance.objectNode();
		return (userId == null) ? user.putNull("accountId") : user.put("accountId", userId);
	}

	@Override
	public Optional<String> userId(JsonNode user) {
		return JiraJson.text(user, "accountId");
	}

	@Override
	public JiraRequest searchRequest(String jql, Optional<String> pageToken, int maxResults) {
		// POST keeps long JQL out of the URL; Cloud's expand is a comma-separated string
		// here
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("jql", jql);
		body.put("maxResults", maxResults);
		body.putArray("fields").add("*all").add("-comment").add("-worklog");
		body.put("expand", "names,schema");
		pageToken.ifPresent((token) -> body.put("nextPageToken", token));
		return JiraRequest.post(api() + "/search/jql", body);
	}

	@Override
	public Optional<String> nextPageToken(JsonNode answer, Optional<String> pageToken) {
		if (answer.path("isLast").asBoolean(false)) {
			return Optional.empty();
		}
		return JiraJson.text(answer, "nextPageToken");
	}

}

package dev.tandem.jira.internal;

import java.util.Optional;

import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraFlavor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Jira Data Center: REST v2, wiki markup, user names, offset-paged search. Page tokens
 * are the next {@code startAt} as a decimal string, so callers see the same opaque token
 * as on Cloud.
 */
public final class DataCenterDialect implements JiraDialect {

	@Override
	public JiraFlavor flavor() {
		return JiraFlavor.DATA_CENTER;
	}

	@Override
	public String api() {
		return "/rest/api/2";
	}

	@Override
	public JsonNode body(JiraDocument document) {
		return StringNode.valueOf(WikiMarkupRenderer.render(document));
	}

	@Override
	public String text(JsonNode body) {
		return body.isString() ? WikiMarkupText.toPlainText(body.asString()) : AdfText.toPlainText(body);
	}

	@Override
	public ObjectNode userReference(String userId) {
		ObjectNode user = JsonNodeFactory.instance.objectNode();
		return (userId == null) ? user.putNull("name") : user.put("name", userId);
	}

	@Override
	public Optional<String> userId(JsonNode user) {
		return JiraJson.text(user, "name").or(() -> JiraJson.text(user, "key"));
	}

	@Override
	public JiraRequest searchRequest(String jql, Optional<String> pageToken, int maxResults) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("jql", jql);
		body.put("startAt", pageToken.map(DataCenterDialect::startAt).orElse(0));
		body.put("maxResults", maxResults);
		body.putArray("fields").add("*all").add("-comment").add("-worklog");
		body.putArray("expand").add("names").add("schema");
		return JiraRequest.post(api() + "/search", body);
	}

	@Override
	public Optional<String> nextPageToken(JsonNode answer, Optional<String> pageToken) {
		int startAt = answer.path("startAt").asInt(pageToken.map(DataCenterDialect::startAt).orElse(0));
		int returned = answer.path("issues").size();
		int total = answer.path("total").asInt(0);
		int next = startAt + returned;
		return (returned == 0 || next >= total) ? Optional.empty() : Optional.of(Integer.toString(next));
	}

	private static int startAt(String token) {
		try {
			int startAt = Integer.parseInt(token);
			if (startAt >= 0) {
				return startAt;
			}
		}
		catch (NumberFormatException ex) {
			// fall through to the clear message
		}
		throw new IllegalArgumentException("not a Data Center page token (a startAt offset): '" + token + "'");
	}

}

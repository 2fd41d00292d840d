package dev.tandem.jira.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.tandem.jira.InternalNoteMode;
import dev.tandem.jira.JiraComment;
import dev.tandem.jira.JiraDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes comments only agents see: through the service desk API on Jira Service
 * Management projects (the API refuses other issues), or as a platform comment carrying
 * {@code sd.public.comment = {"internal": true}}.
 */
final class InternalNotes {

	private static final String SERVICE_DESK_PROJECT = "service_desk";

	private final JiraHttp http;

	private final JiraDialect dialect;

	private final JiraReader reader;

	private final InternalNoteMode mode;

	// project key -> project type; a project's type does not change, so nothing expires
	private final Map<String, String> projectTypes = new ConcurrentHashMap<>();

	InternalNotes(JiraHttp http, JiraDialect dialect, JiraReader reader, InternalNoteMode mode) {
		this.http = http;
		this.dialect = dialect;
		this.reader = reader;
		this.mode = mode;
	}

	JiraComment add(String issueKey, JiraDocument body) {
		if (modeFor(issueKey) == InternalNoteMode.SERVICE_DESK_API) {
			// the service desk API takes a string, rendered as wiki markup on both
			// flavours
			ObjectNode comment = JsonNodeFactory.instance.objectNode();
			comment.put("body", WikiMarkupRenderer.render(body));
			comment.put("public", false);
			JiraRequest request = JiraRequest.post("/rest/servicedeskapi/request/{key}/comment", comment, issueKey);
			return this.http.read(request, () -> this.reader.serviceDeskComment(this.http.execute(request)));
		}
		ObjectNode comment = JsonNodeFactory.instance.objectNode();
		comment.set("body", this.dialect.body(body));
		ObjectNode property = comment.putArray("properties").addObject();
		property.put("key", JiraReader.INTERNAL_COMMENT_PROPERTY);
		property.putObject("value").put("internal", true);
		JiraRequest request = JiraRequest.post(this.dialect.api() + "/issue/{key}/comment", comment, issueKey);
		return this.http.read(request, () -> this.reader.comment(this.http.execute(request)));
	}

	/**
	 * Remembers a project's type seen elsewhere (e.g. when an issue was read) to save a
	 * call later.
	 */
	void remember(String projectKey, String projectType) {
		this.projectTypes.put(projectKey, projectType);
	}

	private InternalNoteMode modeFor(String issueKey) {
		if (this.mode != InternalNoteMode.AUTO) {
			return this.mode;
		}
		return SERVICE_DESK_PROJECT.equals(projectType(issueKey)) ? InternalNoteMode.SERVICE_DESK_API
				: InternalNoteMode.COMMENT_PROPERTY;
	}

	private String projectType(String issueKey) {
		int dash = issueKey.lastIndexOf('-');
		String known = this.projectTypes.get((dash > 0) ? issueKey.substring(0, dash) : issueKey);
		if (known != null) {
			return known;
		}
		JiraRequest request = JiraRequest.get(this.dialect.api() + "/issue/{key}", issueKey).with("fields", "project");
		JsonNode answer = this.http.execute(request);
		String type = this.http.read(request, () -> this.reader.projectType(answer)
			.orElseThrow(() -> new JiraJson.UnreadableResponse("no fields.project.projectTypeKey")));
		JiraJson.text(answer.path("fields").path("project"), "key").ifPresent((key) -> remember(key, type));
		return type;
	}

}

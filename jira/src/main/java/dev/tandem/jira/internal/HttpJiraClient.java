package dev.tandem.jira.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.tandem.jira.InternalNoteMode;
import dev.tandem.jira.IssueEdit;
import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraComment;
import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraException;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.JiraUser;
import dev.tandem.jira.SearchPage;
import dev.tandem.jira.Transition;
import dev.tandem.jira.internal.JiraJson.UnreadableResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link JiraClient} over Jira's REST API; the {@link JiraDialect} supplies what differs
 * between Cloud and Data Center.
 */
public final class HttpJiraClient implements JiraClient {

	private static final String ISSUE_FIELDS = "*all,-comment,-worklog";

	private static final int COMMENT_PAGE = 100;

	private final JiraHttp http;

	private final JiraDialect dialect;

	private final JiraReader reader;

	private final JiraSearch search;

	private final InternalNotes internalNotes;

	private final UserDirectory users;

	private final JsonMapper json;

	public HttpJiraClient(JiraHttp http, JiraDialect dialect, InternalNoteMode internalNotes, int pageSize,
			JsonMapper json) {
		this.http = http;
		this.dialect = dialect;
		this.reader = new JiraReader(dialect, json);
		this.search = new JiraSearch(http, dialect, this.reader, pageSize);
		this.internalNotes = new InternalNotes(http, dialect, this.reader, internalNotes);
		this.users = new UserDirectory(http, dialect, this.reader);
		this.json = json;
	}

	@Override
	public JiraFlavor flavor() {
		return this.dialect.flavor();
	}

	@Override
	public JiraUser myself() {
		JiraRequest request = JiraRequest.get(api("/myself"));
		return read(request, () -> this.reader.user(this.http.execute(request))
			.orElseThrow(() -> new UnreadableResponse("no user id in the answer")));
	}

	@Override
	public JiraIssue issue(String issueKey, boolean withComments) {
		JiraRequest request = JiraRequest.get(api("/issue/{key}"), issueKey)
			.with("fields", ISSUE_FIELDS)
			.with("expand", "names,schema");
		JsonNode answer = this.http.execute(request);
		JiraIssue issue = read(request, () -> this.reader.issue(answer, answer.path("schema")));
		this.reader.projectType(answer).ifPresent((type) -> this.internalNotes.remember(issue.projectKey(), type));
		return withComments ? issue.withComments(comments(issueKey)) : issue;
	}

	@Override
	public List<JiraComment> comments(String issueKey) {
		List<JiraComment> comments = new ArrayList<>();
		while (true) {
			JiraRequest request = JiraRequest.get(api("/issue/{key}/comment"), issueKey)
				.with("startAt", comments.size())
				.with("maxResults", COMMENT_PAGE)
				.with("expand", "properties");
			JsonNode page = this.http.execute(request);
			List<JiraComment> more = read(request,
					() -> page.path("comments").values().stream().map(this.reader::comment).toList());
			comments.addAll(more);
			if (more.isEmpty() || comments.size() >= page.path("total").asInt(0)) {
				return comments;
			}
		}
	}

	@Override
	public JiraComment addPublicReply(String issueKey, JiraDocument body) {
		ObjectNode comment = JsonNodeFactory.instance.objectNode();
		comment.set("body", this.dialect.body(body));
		JiraRequest request = JiraRequest.post(api("/issue/{key}/comment"), comment, issueKey);
		return read(request, () -> this.reader.comment(this.http.execute(request)));
	}

	@Override
	public JiraComment addInternalNote(String issueKey, JiraDocument body) {
		return this.internalNotes.add(issueKey, body);
	}

	@Override
	public void assign(String issueKey, String userId) {
		Objects.requireNonNull(userId, "userId (use unassign to clear the assignee)");
		this.http.execute(JiraRequest.put(api("/issue/{key}/assignee"), this.dialect.userReference(userId), issueKey));
	}

	@Override
	public void unassign(String issueKey) {
		this.http.execute(JiraRequest.put(api("/issue/{key}/assignee"), this.dialect.userReference(null), issueKey));
	}

	@Override
	public void edit(String issueKey, IssueEdit edit) {
		if (edit.isEmpty()) {
			return;
		}
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		if (!edit.addLabels().isEmpty() || !edit.removeLabels().isEmpty()) {
			var labels = body.putObject("update").putArray("labels");
			edit.addLabels().forEach((label) -> labels.addObject().put("add", label));
			edit.removeLabels().forEach((label) -> labels.addObject().put("remove", label));
		}
		if (edit.priority().isPresent() || !edit.customFields().isEmpty()) {
			ObjectNode fields = body.putObject("fields");
			edit.priority().ifPresent((priority) -> fields.putObject("priority").put("name", priority));
			edit.customFields().forEach((id, value) -> fields.set(id, fieldValue(value)));
		}
		this.http.execute(JiraRequest.put(api("/issue/{key}"), body, issueKey));
	}

	@Override
	public List<Transition> transitions(String issueKey) {
		JiraRequest request = JiraRequest.get(api("/issue/{key}/transitions"), issueKey);
		JsonNode answer = this.http.execute(request);
		return read(request, () -> answer.path("transitions").values().stream().map(this.reader::transition).toList());
	}

	@Override
	public Transition transition(String issueKey, String nameOrId) {
		List<Transition> available = transitions(issueKey);
		Transition chosen = available.stream()
			.filter((t) -> t.id().equals(nameOrId))
			.findFirst()
			.or(() -> available.stream()
				.filter((t) -> t.name().toLowerCase(Locale.ROOT).equals(nameOrId.strip().toLowerCase(Locale.ROOT)))
				.findFirst())
			.orElseThrow(() -> JiraException.permanent(JiraException.Kind.NOT_POSSIBLE,
					"POST " + api("/issue/" + issueKey + "/transitions"),
					"Issue " + issueKey + " has no transition '" + nameOrId + "' now; available: "
							+ (available.isEmpty() ? "none"
									: available.stream().map(Transition::toString).collect(Collectors.joining(", ")))));
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.putObject("transition").put("id", chosen.id());
		this.http.execute(JiraRequest.post(api("/issue/{key}/transitions"), body, issueKey));
		return chosen;
	}

	@Override
	public SearchPage search(String jql, Optional<String> pageToken, int maxResults) {
		return this.search.page(jql, pageToken, maxResults);
	}

	@Override
	public Stream<JiraIssue> searchAll(String jql) {
		return this.search.all(jql);
	}

	@Override
	public List<JiraUser> groupMembers(String groupName) {
		return this.users.groupMembers(groupName);
	}

	@Override
	public List<JiraUser> assignableUsers(String projectKey) {
		return this.users.assignableUsers(projectKey);
	}

	private JsonNode fieldValue(Object value) {
		if (value instanceof JiraDocument document) {
			return this.dialect.body(document);
		}
		return this.json.valueToTree(value);
	}

	private String api(String path) {
		return this.dialect.api() + path;
	}

	private <T> T read(JiraRequest request, Supplier<T> reading) {
		return this.http.read(request, reading);
	}

}

package dev.tandem.connector.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraPayloads;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's Jira state, in memory: tickets, comments, users, a tiny workflow. Renders
 * issues, comments and users exactly as Jira Cloud's REST API v3 does (the subset
 * Tandem's client reads). Thread-safe.
 */
public class SandboxJira {

	static final String BOT = "sandbox:tandem-bot";

	static final String CUSTOMER = "sandbox:customer";

	static final String PROJECT = "DEMO";

	private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
		.withZone(ZoneOffset.UTC);

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private final Map<String, Issue> issues = new LinkedHashMap<>();

	private final Map<String, User> users = new LinkedHashMap<>();

	private final Clock clock;

	private final long idBase;

	private int nextIssue;

	private int nextComment = 50001;

	/**
	 * @param clock time source
	 * @param firstNumber number of the first issue key: after the tickets of earlier
	 * runs, whose cases are still in Elasticsearch
	 */
	SandboxJira(Clock clock, int firstNumber) {
		this.clock = clock;
		this.nextIssue = firstNumber;
		// ids unique per run: a new run's tickets are never mistaken for an earlier run's
		// (the case id is the issue id)
		this.idBase = clock.instant().getEpochSecond() * 1000;
		user(BOT, "Tandem (bot)", "UTC", Set.of(), null);
		user(CUSTOMER, "Casey Customer", "Europe/London", Set.of(), "casey@customer.example");
		for (DemoContent.DemoAgent agent : DemoContent.agents()) {
			user(agent.id(), agent.name(), agent.timeZone(),
					agent.senior() ? Set.of("sandbox-agents", "sandbox-seniors") : Set.of("sandbox-agents"), null);
		}
	}

	private void user(String id, String name, String zone, Set<String> groups, String email) {
		this.users.put(id, new User(id, name, zone, groups, email));
	}

	/** The sandbox user for a customer e-mail, created on first use. */
	synchronized String customer(String name, String email) {
		String id = "sandbox:customer:" + email.toLowerCase(java.util.Locale.ROOT);
		this.users.computeIfAbsent(id, (key) -> new User(key, name, "UTC", Set.of(), email));
		return id;
	}

	synchronized ObjectNode createIssue(String summary, String description, String reporterId) {
		int number = this.nextIssue++;
		Issue issue = new Issue(String.valueOf(this.idBase + number), PROJECT + "-" + number, summary, description,
				reporterId, this.clock.instant());
		this.issues.put(issue.key, issue);
		return render(issue);
	}

	synchronized Optional<ObjectNode> issue(String keyOrId) {
		return find(keyOrId).map(this::render);
	}

	synchronized Optional<ObjectNode> addComment(String keyOrId, String authorId, JsonNode body, boolean internal) {
		return find(keyOrId).map((issue) -> {
			Comment comment = new Comment(String.valueOf(this.nextComment++), authorId, body, internal,
					this.clock.instant());
			issue.comments.add(comment);
			issue.updated = comment.created;
			return render(comment);
		});
	}

	synchronized Optional<ObjectNode> comments(String keyOrId, int startAt, int maxResults) {
		return find(keyOrId).map((issue) -> {
			ObjectNode page = nodes.objectNode()
				.put("startAt", startAt)
				.put("maxResults", maxResults)
				.put("total", issue.comments.size());
			ArrayNode comments = page.putArray("comments");
			issue.comments.stream().skip(startAt).limit(maxResults).forEach((comment) -> comments.add(render(comment)));
			return page;
		});
	}

	synchronized boolean assign(String keyOrId, String userId) {
		return find(keyOrId).map((issue) -> {
			issue.assignee = Optional.ofNullable(userId);
			issue.updated = this.clock.instant();
			return true;
		}).orElse(false);
	}

	synchronized boolean edit(String keyOrId, List<String> addLabels, Optional<String> priority) {
		return find(keyOrId).map((issue) -> {
			issue.labels.addAll(addLabels);
			priority.ifPresent((name) -> issue.priority = name);
			issue.updated = this.clock.instant();
			return true;
		}).orElse(false);
	}

	/** Transitions offered from the issue's status. */
	synchronized Optional<ObjectNode> transitions(String keyOrId) {
		return find(keyOrId).map((issue) -> {
			ObjectNode answer = nodes.objectNode();
			ArrayNode list = answer.putArray("transitions");
			for (String[] transition : Workflow.from(issue.status)) {
				ObjectNode node = list.addObject().put("id", transition[0]).put("name", transition[1]);
				node.putObject("to").put("id", transition[0]).put("name", transition[2]);
				node.put("hasScreen", false).put("isAvailable", true);
			}
			return answer;
		});
	}

	synchronized boolean transition(String keyOrId, String transitionId) {
		Optional<Issue> found = find(keyOrId);
		if (found.isEmpty()) {
			return false;
		}
		Optional<String[]> transition = Workflow.from(found.get().status)
			.stream()
			.filter((t) -> t[0].equals(transitionId))
			.findFirst();
		transition.ifPresent((t) -> found.get().status = t[2]);
		return transition.isPresent();
	}

	/** Issues assigned to any of the ids and not done (workload), or every issue. */
	synchronized List<ObjectNode> search(Optional<Set<String>> assignees) {
		return this.issues.values()
			.stream()
			.filter((issue) -> assignees
				.map((ids) -> issue.assignee.filter(ids::contains).isPresent() && !"Done".equals(issue.status))
				.orElse(true))
			.map(this::render)
			.toList();
	}

	synchronized List<ObjectNode> groupMembers(String group) {
		return this.users.values().stream().filter((user) -> user.groups.contains(group)).map(this::render).toList();
	}

	synchronized ObjectNode myself() {
		return render(this.users.get(BOT));
	}

	synchronized List<SandboxTicket> tickets() {
		return this.issues.values().stream().map(this::view).toList().reversed();
	}

	private Optional<Issue> find(String keyOrId) {
		Issue byKey = this.issues.get(keyOrId);
		if (byKey != null) {
			return Optional.of(byKey);
		}
		return this.issues.values().stream().filter((issue) -> issue.id.equals(keyOrId)).findFirst();
	}

	private SandboxTicket view(Issue issue) {
		return new SandboxTicket(issue.key, issue.id, issue.summary, issue.description, name(issue.reporterId),
				issue.assignee.map(this::name), issue.status, issue.priority, List.copyOf(issue.labels),
				issue.comments.stream()
					.map((comment) -> new SandboxTicket.Comment(comment.id, name(comment.authorId),
							JiraPayloads.plainText(comment.body), comment.internal, comment.created))
					.toList(),
				issue.created);
	}

	private String name(String userId) {
		User user = this.users.get(userId);
		return (user != null) ? user.name : userId;
	}

	private ObjectNode render(Issue issue) {
		ObjectNode node = nodes.objectNode().put("id", issue.id).put("key", issue.key);
		ObjectNode fields = node.putObject("fields");
		fields.put("summary", issue.summary);
		fields.set("description", JiraPayloads.adf(JiraDocument.plainText(issue.description)));
		fields.set("reporter", render(this.users.get(issue.reporterId)));
		issue.assignee.ifPresentOrElse((id) -> fields.set("assignee", render(this.users.get(id))),
				() -> fields.putNull("assignee"));
		ArrayNode labels = fields.putArray("labels");
		issue.labels.forEach(labels::add);
		fields.putObject("priority").put("name", issue.priority);
		fields.putObject("status").put("name", issue.status);
		fields.putObject("issuetype").put("name", "Support request");
		fields.putObject("project").put("key", PROJECT).put("name", "Demo support").put("projectTypeKey", "software");
		fields.put("created", JIRA_TIME.format(issue.created));
		fields.put("updated", JIRA_TIME.format(issue.updated));
		return node;
	}

	private ObjectNode render(Comment comment) {
		ObjectNode node = nodes.objectNode().put("id", comment.id);
		node.set("author", render(this.users.get(comment.authorId)));
		node.set("body", comment.body);
		node.put("created", JIRA_TIME.format(comment.created));
		node.put("jsdPublic", !comment.internal);
		return node;
	}

	private ObjectNode render(User user) {
		if (user == null) {
			return nodes.objectNode().put("accountId", "unknown").put("displayName", "Unknown").put("active", false);
		}
		ObjectNode node = nodes.objectNode().put("accountId", user.id).put("accountType", "atlassian");
		node.put("displayName", user.name).put("timeZone", user.zone).put("active", true);
		if (user.email != null) {
			node.put("emailAddress", user.email);
		}
		return node;
	}

	private static final class Issue {

		final String id;

		final String key;

		final String summary;

		final String description;

		final String reporterId;

		final Instant created;

		final List<Comment> comments = new ArrayList<>();

		final Set<String> labels = new LinkedHashSet<>();

		Optional<String> assignee = Optional.empty();

		String status = "Open";

		String priority = "Medium";

		Instant updated;

		Issue(String id, String key, String summary, String description, String reporterId, Instant created) {
			this.id = id;
			this.key = key;
			this.summary = summary;
			this.description = description;
			this.reporterId = reporterId;
			this.created = created;
			this.updated = created;
		}

	}

	private record Comment(String id, String authorId, JsonNode body, boolean internal, Instant created) {

	}

	private record User(String id, String name, String zone, Set<String> groups, String email) {

	}

	/** A small support workflow: id, name, target status. */
	private static final class Workflow {

		static List<String[]> from(String status) {
			return switch (status) {
				case "Open" -> List.<String[]>of(new String[] { "11", "Waiting for customer", "Waiting for customer" },
						new String[] { "21", "In progress", "In progress" }, new String[] { "31", "Resolve", "Done" });
				case "Waiting for customer" -> List.<String[]>of(new String[] { "21", "In progress", "In progress" },
						new String[] { "31", "Resolve", "Done" });
				case "In progress" ->
					List.<String[]>of(new String[] { "11", "Waiting for customer", "Waiting for customer" },
							new String[] { "31", "Resolve", "Done" });
				default -> List.<String[]>of(new String[] { "41", "Reopen", "Open" });
			};
		}

	}

}

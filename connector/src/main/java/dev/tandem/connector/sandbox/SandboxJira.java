package dev.tandem.connector.sandbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tandem.jira.JiraPayloads;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's Jira state, in memory: tickets, comments, users, a tiny workflow; answers
 * as Jira Cloud's REST API v3 does ({@link SandboxRest}). Thread-safe.
 */
public class SandboxJira {

	static final String BOT = "sandbox:tandem-bot";

	static final String CUSTOMER = "sandbox:customer";

	static final String PROJECT = "DEMO";

	private final Map<String, SandboxIssue> issues = new LinkedHashMap<>();

	private final Map<String, SandboxIssue.User> users = new LinkedHashMap<>();

	private final SandboxRest rest = new SandboxRest(this.users::get);

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
		this.users.put(id, new SandboxIssue.User(id, name, zone, groups, email));
	}

	/** The sandbox user for a customer e-mail, created on first use. */
	synchronized String customer(String name, String email) {
		String id = "sandbox:customer:" + email.toLowerCase(java.util.Locale.ROOT);
		this.users.computeIfAbsent(id, (key) -> new SandboxIssue.User(key, name, "UTC", Set.of(), email));
		return id;
	}

	synchronized ObjectNode createIssue(String summary, String description, String reporterId) {
		int number = this.nextIssue++;
		SandboxIssue issue = new SandboxIssue(String.valueOf(this.idBase + number), PROJECT + "-" + number, summary,
				description, reporterId, this.clock.instant());
		this.issues.put(issue.key, issue);
		return this.rest.issue(issue);
	}

	synchronized Optional<ObjectNode> issue(String keyOrId) {
		return find(keyOrId).map(this.rest::issue);
	}

	synchronized Optional<ObjectNode> addComment(String keyOrId, String authorId, JsonNode body, boolean internal) {
		return find(keyOrId).map((issue) -> {
			SandboxIssue.Comment comment = new SandboxIssue.Comment(String.valueOf(this.nextComment++), authorId, body,
					internal, this.clock.instant());
			issue.comments.add(comment);
			issue.updated = comment.created();
			return this.rest.comment(comment);
		});
	}

	synchronized Optional<ObjectNode> comments(String keyOrId, int startAt, int maxResults) {
		return find(keyOrId).map((issue) -> this.rest.comments(issue, startAt, maxResults));
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
		return find(keyOrId).map((issue) -> SandboxRest.transitions(issue.status));
	}

	synchronized boolean transition(String keyOrId, String transitionId) {
		Optional<SandboxIssue> found = find(keyOrId);
		if (found.isEmpty()) {
			return false;
		}
		Optional<String[]> transition = SandboxRest.workflowFrom(found.get().status)
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
			.map(this.rest::issue)
			.toList();
	}

	synchronized List<ObjectNode> groupMembers(String group) {
		return this.users.values()
			.stream()
			.filter((user) -> user.groups().contains(group))
			.map(this.rest::user)
			.toList();
	}

	synchronized ObjectNode myself() {
		return this.rest.user(this.users.get(BOT));
	}

	synchronized List<SandboxTicket> tickets() {
		return this.issues.values().stream().map(this::view).toList().reversed();
	}

	private Optional<SandboxIssue> find(String keyOrId) {
		SandboxIssue byKey = this.issues.get(keyOrId);
		if (byKey != null) {
			return Optional.of(byKey);
		}
		return this.issues.values().stream().filter((issue) -> issue.id.equals(keyOrId)).findFirst();
	}

	private SandboxTicket view(SandboxIssue issue) {
		return new SandboxTicket(issue.key, issue.id, issue.summary, issue.description, name(issue.reporterId),
				issue.assignee.map(this::name), issue.status, issue.priority, List.copyOf(issue.labels),
				issue.comments.stream()
					.map((comment) -> new SandboxTicket.Comment(comment.id(), name(comment.authorId()),
							JiraPayloads.plainText(comment.body()), comment.internal(), comment.created()))
					.toList(),
				issue.created);
	}

	private String name(String userId) {
		SandboxIssue.User user = this.users.get(userId);
		return (user != null) ? user.name() : userId;
	}

}

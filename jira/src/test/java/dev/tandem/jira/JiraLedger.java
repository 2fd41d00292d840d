package dev.tandem.jira;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the {@link FaultyJira} stand-in has actually done to each issue: the changes it
 * applied, including those whose answer never reached the caller. This, not what the
 * caller believes, is what "exactly one outcome per ticket" is checked against.
 */
public final class JiraLedger {

	private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
		.withZone(ZoneOffset.UTC);

	private final Map<String, IssueRecord> issues = new ConcurrentHashMap<>();

	private final AtomicLong commentIds = new AtomicLong(50000);

	private final AtomicLong changes = new AtomicLong();

	private IssueRecord issue(String key) {
		return this.issues.computeIfAbsent(key, (k) -> new IssueRecord());
	}

	/** Stores a posted comment and returns it as Jira would. */
	ObjectNode addComment(String key, JsonNode posted, ObjectNode author, Instant at) {
		ObjectNode comment = JsonNodeFactory.instance.objectNode();
		comment.put("id", String.valueOf(this.commentIds.incrementAndGet()));
		comment.set("author", author);
		comment.set("body", posted.path("body"));
		comment.put("created", JIRA_TIME.format(at));
		comment.put("updated", JIRA_TIME.format(at));
		boolean internal = false;
		for (JsonNode property : posted.path("properties").values()) {
			internal |= property.path("key").asString("").equals("sd.public.comment")
					&& property.path("value").path("internal").asBoolean(false);
		}
		comment.put("jsdPublic", !internal);
		if (posted.has("properties")) {
			comment.set("properties", posted.get("properties"));
		}
		IssueRecord issue = issue(key);
		synchronized (issue) {
			issue.comments.add(comment);
			issue.touched(at);
			this.changes.incrementAndGet();
		}
		return comment;
	}

	List<ObjectNode> comments(String key) {
		IssueRecord issue = issue(key);
		synchronized (issue) {
			return List.copyOf(issue.comments);
		}
	}

	void assign(String key, String accountId, Instant at) {
		IssueRecord issue = issue(key);
		synchronized (issue) {
			issue.assignmentRequests++;
			if (!accountId.equals(issue.assignee)) {
				issue.assignee = accountId;
				issue.assignmentChanges++;
			}
			issue.touched(at);
			this.changes.incrementAndGet();
		}
	}

	void edit(String key, Instant at) {
		IssueRecord issue = issue(key);
		synchronized (issue) {
			issue.edits++;
			issue.touched(at);
			this.changes.incrementAndGet();
		}
	}

	/** Changes applied so far, to all issues (to see when Jira has gone quiet). */
	public long changes() {
		return this.changes.get();
	}

	/** Issues Jira changed at least once. */
	public Set<String> changedIssues() {
		return Set.copyOf(this.issues.keySet());
	}

	/** What Jira did to one issue (all zero when nothing). */
	public IssueOutcome outcome(String key) {
		IssueRecord issue = this.issues.get(key);
		if (issue == null) {
			return new IssueOutcome(0, 0, 0, 0, 0, Optional.empty(), Optional.empty());
		}
		synchronized (issue) {
			int internal = (int) issue.comments.stream()
				.filter((comment) -> !comment.path("jsdPublic").asBoolean(true))
				.count();
			return new IssueOutcome(issue.comments.size() - internal, internal, issue.assignmentChanges,
					issue.assignmentRequests, issue.edits, Optional.ofNullable(issue.assignee),
					Optional.ofNullable(issue.firstChangeAt));
		}
	}

	/**
	 * @param publicComments comments customers see (replies)
	 * @param internalNotes comments only agents see
	 * @param assignmentChanges times the assignee changed (a repeated assignment to the
	 * same person changes nothing)
	 * @param assignmentRequests assignment requests Jira applied, repeats included
	 * @param edits field edits applied (labels, priority)
	 * @param assignee the current assignee
	 * @param firstChangeAt when Jira applied its first change to the issue
	 */
	public record IssueOutcome(int publicComments, int internalNotes, int assignmentChanges, int assignmentRequests,
			int edits, Optional<String> assignee, Optional<Instant> firstChangeAt) {

	}

	private static final class IssueRecord {

		private final List<ObjectNode> comments = new ArrayList<>();

		private String assignee;

		private int assignmentChanges;

		private int assignmentRequests;

		private int edits;

		private Instant firstChangeAt;

		void touched(Instant at) {
			if (this.firstChangeAt == null) {
				this.firstChangeAt = at;
			}
		}

	}

}

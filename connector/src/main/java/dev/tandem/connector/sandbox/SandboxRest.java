package dev.tandem.connector.sandbox;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraPayloads;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the sandbox's issues, comments, users and transitions exactly as Jira Cloud's
 * REST API v3 does (the subset Tandem's client reads), and its small support workflow.
 */
final class SandboxRest {

	private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
		.withZone(ZoneOffset.UTC);

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private final Function<String, SandboxIssue.User> users;

	/**
	 * @param users the user of an account id (null when unknown)
	 */
	SandboxRest(Function<String, SandboxIssue.User> users) {
		this.users = users;
	}

	ObjectNode issue(SandboxIssue issue) {
		ObjectNode node = nodes.objectNode().put("id", issue.id).put("key", issue.key);
		ObjectNode fields = node.putObject("fields");
		fields.put("summary", issue.summary);
		fields.set("description", JiraPayloads.adf(JiraDocument.plainText(issue.description)));
		fields.set("reporter", user(this.users.apply(issue.reporterId)));
		issue.assignee.ifPresentOrElse((id) -> fields.set("assignee", user(this.users.apply(id))),
				() -> fields.putNull("assignee"));
		ArrayNode labels = fields.putArray("labels");
		issue.labels.forEach(labels::add);
		fields.putObject("priority").put("name", issue.priority);
		fields.putObject("status").put("name", issue.status);
		fields.putObject("issuetype").put("name", "Support request");
		fields.putObject("project")
			.put("key", SandboxJira.PROJECT)
			.put("name", "Demo support")
			.put("projectTypeKey", "software");
		fields.put("created", JIRA_TIME.format(issue.created));
		fields.put("updated", JIRA_TIME.format(issue.updated));
		return node;
	}

	ObjectNode comment(SandboxIssue.Comment comment) {
		ObjectNode node = nodes.objectNode().put("id", comment.id());
		node.set("author", user(this.users.apply(comment.authorId())));
		node.set("body", comment.body());
		node.put("created", JIRA_TIME.format(comment.created()));
		node.put("jsdPublic", !comment.internal());
		return node;
	}

	/** One page of an issue's comments. */
	ObjectNode comments(SandboxIssue issue, int startAt, int maxResults) {
		ObjectNode page = nodes.objectNode()
			.put("startAt", startAt)
			.put("maxResults", maxResults)
			.put("total", issue.comments.size());
		ArrayNode comments = page.putArray("comments");
		issue.comments.stream().skip(startAt).limit(maxResults).forEach((comment) -> comments.add(comment(comment)));
		return page;
	}

	ObjectNode user(SandboxIssue.User user) {
		if (user == null) {
			return nodes.objectNode().put("accountId", "unknown").put("displayName", "Unknown").put("active", false);
		}
		ObjectNode node = nodes.objectNode().put("accountId", user.id()).put("accountType", "atlassian");
		node.put("displayName", user.name()).put("timeZone", user.zone()).put("active", true);
		if (user.email() != null) {
			node.put("emailAddress", user.email());
		}
		return node;
	}

	/** Transitions offered from a status. */
	static ObjectNode transitions(String status) {
		ObjectNode answer = nodes.objectNode();
		ArrayNode list = answer.putArray("transitions");
		for (String[] transition : workflowFrom(status)) {
			ObjectNode node = list.addObject().put("id", transition[0]).put("name", transition[1]);
			node.putObject("to").put("id", transition[0]).put("name", transition[2]);
			node.put("hasScreen", false).put("isAvailable", true);
		}
		return answer;
	}

	/**
	 * A small support workflow: the transitions from a status as id, name, target status.
	 */
	static List<String[]> workflowFrom(String status) {
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

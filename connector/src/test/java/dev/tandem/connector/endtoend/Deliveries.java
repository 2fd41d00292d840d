package dev.tandem.connector.endtoend;

import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraSamples;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Webhook bodies as Jira sends them, built from the stand-in's samples. */
final class Deliveries {

	static final String REPORTER_CLOUD = "557058:customer-1";

	static final String REPORTER_DC = "customer1";

	private final JiraSamples samples;

	private final JiraFlavor flavor;

	Deliveries(JiraFlavor flavor) {
		this.flavor = flavor;
		this.samples = JiraSamples.of(flavor);
	}

	ObjectNode issue(String key, String summary, String description) {
		ObjectNode issue = this.samples.issue(key, summary, description, "software");
		((ObjectNode) issue.get("fields")).putArray("labels");
		return issue;
	}

	String issueCreated(ObjectNode issue) {
		ObjectNode body = JsonNodeFactory.instance.objectNode()
			.put("timestamp", 1795684500000L)
			.put("webhookEvent", "jira:issue_created")
			.put("issue_event_type_name", "issue_created");
		body.set("issue", issue);
		return JiraSamples.text(body);
	}

	/** A comment by the ticket's reporter (the customer). */
	String customerComment(ObjectNode issue, String commentId, String text) {
		ObjectNode comment = this.samples.comment(commentId, text, true);
		String reporter = (this.flavor == JiraFlavor.CLOUD) ? REPORTER_CLOUD : REPORTER_DC;
		comment.set("author", this.samples.user(reporter, "Casey Customer", "casey@example.com"));
		ObjectNode body = JsonNodeFactory.instance.objectNode()
			.put("timestamp", 1795684600000L)
			.put("webhookEvent", "comment_created");
		ObjectNode reference = body.putObject("issue")
			.put("id", issue.get("id").asString())
			.put("key", issue.get("key").asString());
		reference.putObject("fields").put("summary", issue.get("fields").get("summary").asString());
		body.set("comment", comment);
		return JiraSamples.text(body);
	}

	JiraSamples samples() {
		return this.samples;
	}

}

package dev.tandem.connector.sandbox;

import java.util.List;
import java.util.Optional;

import dev.tandem.connector.jira.JiraDocument;
import dev.tandem.connector.jira.JiraPayloads;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo sandbox's public face (profile {@code demo}, no Jira configured): a small Jira
 * Cloud inside the process that sends real webhooks to the connector. The admin UI lists
 * its tickets, creates new ones and replies as the customer.
 */
public class Sandbox {

	private final SandboxJira jira;

	private final SandboxWebhooks webhooks;

	Sandbox(SandboxJira jira, SandboxWebhooks webhooks) {
		this.jira = jira;
		this.webhooks = webhooks;
	}

	/** Every sandbox ticket, newest first. */
	public List<SandboxTicket> tickets() {
		return this.jira.tickets();
	}

	public Optional<SandboxTicket> ticket(String key) {
		return tickets().stream().filter((ticket) -> ticket.key().equals(key)).findFirst();
	}

	/** A customer opens a ticket; Jira's webhook follows. */
	public SandboxTicket createTicket(String summary, String description) {
		if (summary == null || summary.isBlank()) {
			throw new IllegalArgumentException("'summary' must not be empty");
		}
		ObjectNode issue = this.jira.createIssue(summary.strip(), (description != null) ? description.strip() : "",
				SandboxJira.CUSTOMER);
		this.webhooks.issueCreated(issue);
		return ticket(issue.get("key").asString()).orElseThrow();
	}

	/** The customer replies on a ticket; Jira's webhook follows. */
	public SandboxTicket addCustomerComment(String key, String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("'text' must not be empty");
		}
		ObjectNode comment = this.jira
			.addComment(key, SandboxJira.CUSTOMER, JiraPayloads.adf(JiraDocument.plainText(text)), false)
			.orElseThrow(() -> new IllegalArgumentException("no sandbox ticket '" + key + "'"));
		this.webhooks.commentCreated(this.jira.issue(key).orElseThrow(), comment);
		return ticket(key).orElseThrow();
	}

}

package dev.tandem.connector.sandbox;

import java.util.List;
import java.util.Optional;

import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraPayloads;
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
		return create(summary, description, SandboxJira.CUSTOMER);
	}

	/**
	 * The demo's sample tickets (Acme Cloud), with the decision each is expected to get.
	 */
	public List<DemoContent.SampleTicket> samples() {
		return DemoContent.tickets();
	}

	/** Replays sample ticket {@code index} of {@link #samples()} as a new ticket. */
	public SandboxTicket replaySample(int index) {
		List<DemoContent.SampleTicket> samples = samples();
		if (index < 0 || index >= samples.size()) {
			throw new IllegalArgumentException("sample index must be 0 to " + (samples.size() - 1) + ", was " + index);
		}
		DemoContent.SampleTicket sample = samples.get(index);
		return create(sample.summary(), sample.description(),
				this.jira.customer(sample.reporterName(), sample.reporterEmail()));
	}

	private SandboxTicket create(String summary, String description, String reporterId) {
		if (summary == null || summary.isBlank()) {
			throw new IllegalArgumentException("'summary' must not be empty");
		}
		ObjectNode issue = this.jira.createIssue(summary.strip(), (description != null) ? description.strip() : "",
				reporterId);
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

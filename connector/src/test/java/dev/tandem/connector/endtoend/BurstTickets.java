package dev.tandem.connector.endtoend;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraLedger;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tickets of a burst and the one outcome each must get in Jira: refund questions are
 * answered automatically (one public reply), invoice questions go to an agent with a
 * suggestion (one assignment, one internal note), anything else to an agent (one
 * assignment). Every ticket also gets its labels.
 */
final class BurstTickets {

	private static final String[][] TEXTS = {
			{ "Refund question", "Where is my refund? I returned the parcel last week." },
			{ "Invoice copy", "Could you send me a copy of my invoice please?" },
			{ "Login trouble", "The password reset email never arrives in my inbox." } };

	private BurstTickets() {
	}

	static List<Ticket> create(String project, int count, long seed) {
		Deliveries deliveries = new Deliveries(JiraFlavor.CLOUD);
		SplittableRandom random = new SplittableRandom(seed);
		List<Ticket> tickets = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			Expected expected = Expected.values()[random.nextInt(Expected.values().length)];
			String[] text = TEXTS[expected.ordinal()];
			ObjectNode issue = deliveries.issue(project + "-" + i, text[0], text[1]);
			String id = String.valueOf(700000 + i);
			issue.put("id", id);
			tickets.add(new Ticket(project + "-" + i, id, expected, deliveries.issueCreated(issue)));
		}
		return tickets;
	}

	/** One ticket and its webhook body. */
	record Ticket(String key, String issueId, Expected expected, String body) {

		@Override
		public String toString() {
			return this.key + " (" + this.expected + ")";
		}

	}

	/** The outcome a ticket must have in Jira, exactly. */
	enum Expected {

		AUTO_ANSWER(1, 0, 0), ASSIST(0, 1, 1), HUMAN(0, 0, 1);

		private final int publicComments;

		private final int internalNotes;

		private final int assignments;

		Expected(int publicComments, int internalNotes, int assignments) {
			this.publicComments = publicComments;
			this.internalNotes = internalNotes;
			this.assignments = assignments;
		}

		/** Something Jira got less often than it must (or not at all yet). */
		boolean missing(JiraLedger.IssueOutcome outcome) {
			return outcome.publicComments() < this.publicComments || outcome.internalNotes() < this.internalNotes
					|| outcome.assignmentChanges() < this.assignments || outcome.edits() < 1;
		}

		/** Something Jira got more often than it must: a duplicate the customer sees. */
		boolean duplicated(JiraLedger.IssueOutcome outcome) {
			return outcome.publicComments() > this.publicComments || outcome.internalNotes() > this.internalNotes
					|| outcome.assignmentChanges() > this.assignments;
		}

	}

}

package dev.tandem.connector.cases;

/**
 * What became of an automatic answer. Stored as the keyword {@code followUp.outcome} of
 * the case (dashboards aggregate on it).
 */
public enum FollowUpOutcome {

	/** Answered; the customer has not reacted and the ticket is open. */
	PENDING,

	/** The customer said the answer solved it. */
	CONFIRMED,

	/** The customer's reply sent the ticket to a person (no, unclear, asked for one). */
	REJECTED,

	/** The ticket was resolved, then reopened within the durability window. */
	REOPENED,

	/**
	 * Resolved in Jira without the customer answering, or no answer within the reply
	 * timeout.
	 */
	CLOSED_WITHOUT_REPLY;

	/** Whether this outcome counts against the answer. */
	public boolean isFailure() {
		return this == REJECTED || this == REOPENED;
	}

}

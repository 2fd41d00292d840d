package dev.tandem.connector.cases;

/** How a case ended (or where it stands for the customer). */
public enum CaseOutcome {

	/** Tandem answered and waits for the customer. */
	AUTO_ANSWERED,

	/** A person was assigned (with a suggestion for ASSIST). */
	ASSIGNED,

	/** Nobody fitting was available: the ticket waits in the team's queue. */
	LEFT_IN_QUEUE,

	/** The customer confirmed the answer solved it. */
	RESOLVED_BY_CUSTOMER,

	/** The customer's reply sent the ticket to a person. */
	ESCALATED,

	/** Shadow mode: decided and recorded, nothing done in Jira. */
	SHADOWED,

	/** A required action failed permanently. */
	FAILED

}

package dev.tandem.connector.cases;

/**
 * Where a ticket's case is. A case only moves forward; FAILED cases wait for a person
 * (the reason is in the case and the audit).
 *
 * <pre>
 * RECEIVED -> TRIAGED -> ACTING -> WAITING_FOR_CUSTOMER -> ACTING (follow-up) -> DONE
 *                                 \-> DONE (assigned to a person, or shadow mode)
 *                          any -> FAILED (a Jira action failed permanently)
 * </pre>
 */
public enum CaseState {

	/** Stored, not yet triaged. */
	RECEIVED,

	/** Decision taken, actions planned in the outbox. */
	TRIAGED,

	/** Outbox actions being carried out in Jira. */
	ACTING,

	/** Tandem answered; waiting for the customer to confirm or ask for a person. */
	WAITING_FOR_CUSTOMER,

	/** Nothing more for Tandem to do. */
	DONE,

	/** A required Jira action failed permanently: a person must look. */
	FAILED;

	public boolean isFinal() {
		return this == DONE || this == FAILED;
	}

}

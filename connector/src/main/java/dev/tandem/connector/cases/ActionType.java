package dev.tandem.connector.cases;

/** A change Tandem makes in Jira. */
public enum ActionType {

	/** A comment the customer sees. Not idempotent in Jira: checked before a retry. */
	PUBLIC_REPLY,

	/** A comment only agents see. Not idempotent in Jira: checked before a retry. */
	INTERNAL_NOTE,

	/** Assign to an agent. */
	ASSIGN,

	/** Add labels and set the priority, in one edit. */
	EDIT,

	/** Move the issue through the workflow. */
	TRANSITION;

	/**
	 * Whether doing it twice leaves Jira as doing it once (assigning, adding labels,
	 * setting the priority): its attempts need no record before Jira is called.
	 */
	public boolean isRepeatable() {
		return this == ASSIGN || this == EDIT;
	}

}

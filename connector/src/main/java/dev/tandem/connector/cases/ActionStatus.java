package dev.tandem.connector.cases;

/** Where an outbox action stands. */
public enum ActionStatus {

	/** Not done yet (maybe tried and failed retriably). */
	PENDING,

	/** Done in Jira. */
	DONE,

	/** Failed permanently. */
	FAILED,

	/** Not carried out: shadow mode, or made pointless by an earlier failure. */
	SKIPPED

}

package dev.tandem.connector.mode;

/** Whether Tandem acts in Jira ({@code tandem.mode}). */
public enum Mode {

	/** Decides and acts in Jira. */
	LIVE,

	/**
	 * Decides and records everything (cases, audit, metrics) but changes nothing in Jira:
	 * for trying Tandem next to the human team.
	 */
	SHADOW

}

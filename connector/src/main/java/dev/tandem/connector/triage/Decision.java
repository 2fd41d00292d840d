package dev.tandem.connector.triage;

/** What Tandem does with a ticket. */
public enum Decision {

	/** Tandem answers the customer itself. */
	AUTO_ANSWER,

	/** A person is assigned and gets a suggested answer as an internal note. */
	ASSIST,

	/** A person is assigned, without a suggestion. */
	HUMAN

}

package dev.tandem.connector.followup;

/** What a customer's reply to an automatic answer means. */
public enum ReplyIntent {

	/** The answer solved it: resolve. */
	SOLVED,

	/** It did not help: a person takes over. */
	NOT_SOLVED,

	/** The customer asks for a person: a person takes over. */
	WANTS_PERSON,

	/** Neither clearly: a person takes over (never guess that a ticket is solved). */
	UNCLEAR

}

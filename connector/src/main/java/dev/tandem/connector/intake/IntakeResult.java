package dev.tandem.connector.intake;

/** What intake did with a delivery. */
public enum IntakeResult {

	/** Stored durably; it will be processed. */
	STORED,

	/** Seen before (a redelivery, or caught up already): nothing changed. */
	DUPLICATE,

	/** Not something Tandem acts on (other events, unknown tickets, own comments). */
	IGNORED

}

package dev.tandem.connector.triage;

/**
 * Port to the understanding module (language, sentiment, priority, personal-data
 * masking). The connector only sees this interface; the adapter to
 * {@code dev.tandem.understanding} is wired by configuration.
 */
public interface TicketUnderstanding {

	/**
	 * The text with personal data replaced by placeholders; never the original when
	 * masking fails.
	 */
	String mask(String text);

	/** Reads an already masked text. */
	TicketReading read(String maskedText);

}

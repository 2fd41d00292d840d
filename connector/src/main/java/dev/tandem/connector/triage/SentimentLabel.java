package dev.tandem.connector.triage;

/** Five levels of how the customer feels, most negative first. */
public enum SentimentLabel {

	VERY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, VERY_POSITIVE;

	public boolean isNegative() {
		return this == VERY_NEGATIVE || this == NEGATIVE;
	}

}

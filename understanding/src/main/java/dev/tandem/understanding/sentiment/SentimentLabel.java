package dev.tandem.understanding.sentiment;

/**
 * Five sentiment levels, as in Tandem's API ({@code sentiment.label}).
 */
public enum SentimentLabel {

	VERY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, VERY_POSITIVE;

	/** Label for a score in [-1, 1] given the neutral band and the "very" threshold. */
	public static SentimentLabel of(double score, double neutralBand, double veryThreshold) {
		if (score <= -veryThreshold) {
			return VERY_NEGATIVE;
		}
		if (score < -neutralBand) {
			return NEGATIVE;
		}
		if (score <= neutralBand) {
			return NEUTRAL;
		}
		return (score >= veryThreshold) ? VERY_POSITIVE : POSITIVE;
	}

	public boolean isNegative() {
		return this == NEGATIVE || this == VERY_NEGATIVE;
	}

	public boolean isPositive() {
		return this == POSITIVE || this == VERY_POSITIVE;
	}

}

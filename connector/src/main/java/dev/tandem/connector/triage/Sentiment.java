package dev.tandem.connector.triage;

import java.util.Objects;

/**
 * How the customer feels.
 *
 * @param label five levels
 * @param score in [-1, 1]
 * @param anger anger or a complaint was expressed
 * @param urgent the customer says it is urgent
 */
public record Sentiment(SentimentLabel label, double score, boolean anger, boolean urgent) {

	public Sentiment {
		Objects.requireNonNull(label, "label");
		if (score < -1 || score > 1 || Double.isNaN(score)) {
			throw new IllegalArgumentException("sentiment score must be in [-1, 1], was " + score);
		}
	}

	public static Sentiment neutral() {
		return new Sentiment(SentimentLabel.NEUTRAL, 0, false, false);
	}

}

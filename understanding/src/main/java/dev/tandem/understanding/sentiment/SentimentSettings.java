package dev.tandem.understanding.sentiment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/**
 * Label thresholds and the input cap of the sentiment analyzer.
 *
 * @param neutralBand scores within {@code ±neutralBand} are NEUTRAL
 * @param veryThreshold scores beyond {@code ±veryThreshold} are VERY_*
 * @param maxChars only the first {@code maxChars} characters are analysed
 */
public record SentimentSettings(@DecimalMin("0.0") @DecimalMax("0.9") double neutralBand,
		@DecimalMin("0.1") @DecimalMax("1.0") double veryThreshold, @Min(1) int maxChars) {

	/**
	 * Neutral within ±0.3 (the band tuned on the tuning half of the English benchmark
	 * set; VADER's own convention is ±0.05, which calls polite requests positive); VERY_
	 * beyond ±0.6; 32 KiB of text.
	 */
	public static final SentimentSettings DEFAULTS = new SentimentSettings(0.3, 0.6, 32 * 1024);

	public SentimentSettings {
		if (veryThreshold <= neutralBand) {
			throw new IllegalArgumentException(
					"veryThreshold (" + veryThreshold + ") must be above neutralBand (" + neutralBand + ")");
		}
	}

}

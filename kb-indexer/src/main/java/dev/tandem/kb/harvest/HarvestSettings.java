package dev.tandem.kb.harvest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How resolutions become drafts ({@code tandem.kb.harvest.*}).
 *
 * @param duplicateConfidence calibrated confidence from which the best published article
 * counts as a near-duplicate of the ticket's question: the ticket then becomes a
 * suggested edit of that article instead of a new draft
 * @param author name recorded as the author of harvested versions
 * @param maxAnswerLength longest automatic-answer text taken from the replies, in
 * characters (the full text stays in the body)
 */
@ConfigurationProperties("tandem.kb.harvest")
public record HarvestSettings(@DefaultValue("0.8") double duplicateConfidence,
		@DefaultValue("tandem-harvest") String author, @DefaultValue("1500") int maxAnswerLength) {

	public HarvestSettings {
		if (duplicateConfidence <= 0 || duplicateConfidence > 1) {
			throw new IllegalArgumentException(
					"tandem.kb.harvest.duplicate-confidence must be in (0, 1], got " + duplicateConfidence);
		}
		if (author == null || author.isBlank()) {
			throw new IllegalArgumentException("tandem.kb.harvest.author is blank");
		}
		if (maxAnswerLength < 100) {
			throw new IllegalArgumentException("tandem.kb.harvest.max-answer-length must be at least 100");
		}
	}

	public static HarvestSettings defaults() {
		return new HarvestSettings(0.8, "tandem-harvest", 1500);
	}

}

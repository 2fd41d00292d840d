package dev.tandem.connector.outcomes;

/**
 * A category threshold that threshold feedback raised.
 *
 * @param category the category
 * @param oldThreshold its minimum confidence before
 * @param newThreshold after
 * @param measured the measurement that called for it
 * @param reason why, as written to the audit log
 * @param policyVersion the policy version that holds the new threshold
 */
public record ThresholdChange(String category, double oldThreshold, double newThreshold, CategoryPrecision measured,
		String reason, int policyVersion) {

}

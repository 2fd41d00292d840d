package dev.tandem.kb.calibration;

/**
 * The constraint that decided the auto-answer threshold: the lowest threshold meeting
 * every configured constraint is chosen, so one of them is binding.
 */
public enum ThresholdConstraint {

	/** The target precision ({@code tandem.answering.target-precision}). */
	PRECISION,

	/**
	 * The cap on the estimated share of out-of-scope questions answered
	 * ({@code tandem.answering.max-out-of-scope-rate}): the threshold is above the lowest
	 * one that meets the target precision.
	 */
	OUT_OF_SCOPE_RATE

}

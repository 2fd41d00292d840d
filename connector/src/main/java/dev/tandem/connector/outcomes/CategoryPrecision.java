package dev.tandem.connector.outcomes;

import java.util.Objects;

/**
 * The measured precision of a category's automatic answers, from real outcomes: answers
 * confirmed by the customer or resolved durably count as right, answers rejected or
 * reopened as wrong; pending ones do not count. Only answers that the category's current
 * threshold would still give are measured, so a tightened threshold is judged by the
 * answers it lets through, not by the ones it already stopped.
 *
 * @param category the category
 * @param threshold the category's auto-answer minimum confidence in force
 * @param right answers that helped
 * @param wrong answers that failed
 * @param precision right / (right + wrong), 0 without a sample
 * @param interval Wilson interval around the precision
 * @param target the target precision
 */
public record CategoryPrecision(String category, double threshold, long right, long wrong, double precision,
		WilsonInterval interval, double target) {

	public CategoryPrecision {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(interval, "interval");
	}

	public long sample() {
		return this.right + this.wrong;
	}

	/**
	 * Below the target with the interval's confidence: even the upper bound misses it. (A
	 * lower-bound test would tighten on a perfect record: 50 right out of 50 has a 95%
	 * lower bound of 0.93, below a 0.95 target.)
	 */
	public boolean clearlyBelowTarget() {
		return sample() > 0 && this.interval.upper() < this.target;
	}

}

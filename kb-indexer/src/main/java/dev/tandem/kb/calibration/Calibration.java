package dev.tandem.kb.calibration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.kb.retrieval.SearchResult;

/**
 * The confidence model and auto-answer threshold in force for a knowledge base, with the
 * precision/coverage curve it was chosen from (what the admin UI draws).
 *
 * @param targetPrecision the precision it was calibrated for
 * @param threshold answer automatically when the confidence is at least this (above 1:
 * never)
 * @param calibrated false when the knowledge base had too few example questions and the
 * conservative default applies
 * @param warning what an administrator should know, e.g. why it is not calibrated
 * @param model the confidence model
 * @param curve expected precision and coverage per threshold, highest threshold first
 * @param expected the curve's point at {@code threshold}, when there is one
 * @param inScopeQuestions example questions replayed as answerable
 * @param outOfScopeQuestions replays with the question's own article left out
 * @param articles published articles with example questions
 * @param fingerprint state of the knowledge units it was computed on
 * @param computedAt when
 * @param boundBy which constraint decided the threshold (empty when automatic answers are
 * off, for the conservative default, and for calibrations stored before it was recorded)
 */
public record Calibration(double targetPrecision, double threshold, boolean calibrated, Optional<String> warning,
		LogisticModel model, List<CurvePoint> curve, Optional<CurvePoint> expected, int inScopeQuestions,
		int outOfScopeQuestions, int articles, String fingerprint, Instant computedAt,
		Optional<ThresholdConstraint> boundBy) {

	/** Threshold meaning "never answer automatically". */
	public static final double NEVER = 1.01;

	public Calibration {
		Objects.requireNonNull(model, "model");
		warning = Objects.requireNonNullElse(warning, Optional.empty());
		expected = Objects.requireNonNullElse(expected, Optional.empty());
		curve = List.copyOf(curve);
		boundBy = Objects.requireNonNullElse(boundBy, Optional.empty());
	}

	/** A calibration that does not record which constraint bound its threshold. */
	public Calibration(double targetPrecision, double threshold, boolean calibrated, Optional<String> warning,
			LogisticModel model, List<CurvePoint> curve, Optional<CurvePoint> expected, int inScopeQuestions,
			int outOfScopeQuestions, int articles, String fingerprint, Instant computedAt) {
		this(targetPrecision, threshold, calibrated, warning, model, curve, expected, inScopeQuestions,
				outOfScopeQuestions, articles, fingerprint, computedAt, Optional.empty());
	}

	/** The probability that a result's best article is the right answer. */
	public double confidence(SearchResult result) {
		return result.candidates().isEmpty() ? 0 : this.model.probability(ConfidenceFeatures.of(result));
	}

	public boolean answers(double confidence) {
		return confidence >= this.threshold;
	}

}

package dev.tandem.kb.evaluation;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CurvePoint;
import dev.tandem.kb.calibration.ThresholdSelector;

/**
 * Measured answer quality on a set of questions whose right articles are known.
 *
 * @param outcomes one per question
 * @param calibration the calibration the threshold came from
 */
public record EvaluationReport(List<QuestionOutcome> outcomes, Calibration calibration) {

	public EvaluationReport {
		outcomes = List.copyOf(outcomes);
	}

	public long inScope() {
		return this.outcomes.stream().filter((o) -> o.question().inScope()).count();
	}

	public long outOfScope() {
		return this.outcomes.size() - inScope();
	}

	/** Share of answerable questions whose best article is right. */
	public double top1Accuracy() {
		return ratio(this.outcomes.stream().filter((o) -> o.question().inScope() && o.topIsRight()).count(), inScope());
	}

	public long answered() {
		return this.outcomes.stream().filter(QuestionOutcome::answered).count();
	}

	/** Share of automatic answers that were right (out-of-scope answers are wrong). */
	public double precision() {
		return ratio(this.outcomes.stream().filter(QuestionOutcome::answeredRight).count(), answered());
	}

	/** Share of answerable questions that got an automatic answer. */
	public double coverage() {
		return ratio(this.outcomes.stream().filter((o) -> o.question().inScope() && o.answered()).count(), inScope());
	}

	/** Share of out-of-scope questions that got an (always wrong) automatic answer. */
	public double outOfScopeFalseAnswerRate() {
		return ratio(this.outcomes.stream().filter((o) -> !o.question().inScope() && o.answered()).count(),
				outOfScope());
	}

	/** The precision/coverage curve observed on these questions. */
	public List<CurvePoint> observedCurve() {
		List<ThresholdSelector.Sample> samples = new ArrayList<>();
		for (QuestionOutcome outcome : this.outcomes) {
			samples.add(new ThresholdSelector.Sample(outcome.confidence(), outcome.question().inScope(),
					outcome.topIsRight(), 1.0));
		}
		return ThresholdSelector.curve(samples);
	}

	/**
	 * The best coverage any threshold reaches at a precision, chosen with hindsight on
	 * these very questions: an upper bound, useful to compare ranking signals, not a
	 * result.
	 */
	public double oracleCoverageAt(double precision) {
		return observedCurve().stream()
			.filter((p) -> p.precision() >= precision)
			.mapToDouble(CurvePoint::coverage)
			.max()
			.orElse(0);
	}

	public double latencyPercentile(double percentile) {
		// Only timed questions count (evaluation times a sample; the rest run in
		// batches).
		double[] millis = this.outcomes.stream()
			.mapToDouble(QuestionOutcome::millis)
			.filter((m) -> !Double.isNaN(m))
			.sorted()
			.toArray();
		if (millis.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * millis.length) - 1;
		return millis[Math.max(0, Math.min(millis.length - 1, index))];
	}

	/** A readable summary, as the {@code eval} command prints it. */
	public String toText() {
		StringBuilder text = new StringBuilder();
		text.append("questions          %d (%d answerable, %d out of scope)%n".formatted(this.outcomes.size(),
				inScope(), outOfScope()));
		text.append("top-1 accuracy     %.3f%n".formatted(top1Accuracy()));
		text.append("threshold          %.3f (target precision %.2f%s)%n".formatted(this.calibration.threshold(),
				this.calibration.targetPrecision(), this.calibration.calibrated() ? "" : ", NOT calibrated"));
		this.calibration.warning().ifPresent((w) -> text.append("warning            ").append(w).append('\n'));
		this.calibration.expected()
			.ifPresent((p) -> text.append("expected           precision %.3f, coverage %.3f (cross-validation)%n"
				.formatted(p.precision(), p.coverage())));
		text.append("precision          %.3f (%d answered)%n".formatted(precision(), answered()));
		text.append("coverage           %.3f%n".formatted(coverage()));
		text.append("out-of-scope false answers %.3f%n".formatted(outOfScopeFalseAnswerRate()));
		text.append("latency            p50 %.1f ms, p99 %.1f ms%n".formatted(latencyPercentile(50),
				latencyPercentile(99)));
		text.append("curve (threshold  precision  coverage  out-of-scope answered)\n");
		List<CurvePoint> curve = observedCurve();
		int step = Math.max(1, curve.size() / 20);
		for (int i = 0; i < curve.size(); i += step) {
			CurvePoint p = curve.get(i);
			text.append("  %.3f  %.3f  %.3f  %.3f%n".formatted(p.threshold(), p.precision(), p.coverage(),
					p.outOfScopeAnswerRate()));
		}
		return text.toString();
	}

	private static double ratio(long part, long whole) {
		return (whole == 0) ? 0 : (double) part / whole;
	}

}

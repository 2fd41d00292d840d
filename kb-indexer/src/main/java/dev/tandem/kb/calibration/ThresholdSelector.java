package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns cross-validated confidences into a precision/coverage curve and picks the
 * auto-answer threshold for a target precision.
 * <p>
 * The threshold is the lowest confidence at which precision meets the target, scanning
 * down from the top and stopping at the first threshold (answering at least
 * {@code minAnswered} questions) whose precision is clearly below the target: more than
 * two standard errors. A threshold where precision merely recovers after a clear dip is
 * not a safe operating point; but a couple of wrong answers among the first few dozen
 * (near-duplicate example questions filed under two articles) are noise and must not
 * switch automatic answers off. When no threshold qualifies the result is empty: never
 * answer automatically.
 * <p>
 * An optional cap on the out-of-scope answer rate is a second constraint: the threshold
 * is then the lowest that meets the target precision (as above) and answers at most that
 * share of out-of-scope questions. Lowering the threshold only ever answers more
 * out-of-scope questions, so the cap can only raise the threshold; the selection says
 * which constraint bound it.
 */
public final class ThresholdSelector {

	/** Most points kept in a stored curve (enough to draw it). */
	static final int MAX_POINTS = 101;

	/** Standard errors below the target at which the scan stops. */
	static final double CLEARLY_BELOW = 2.0;

	private ThresholdSelector() {
	}

	/**
	 * A cross-validated question.
	 *
	 * @param confidence predicted probability that its best article is right
	 * @param inScope whether the knowledge base covers it
	 * @param correct whether its best article was right (never for out-of-scope)
	 * @param weight its weight in precision
	 * @param observed an out-of-scope question someone gave as such (a known out-of-scope
	 * example), not one simulated by leaving its article out: when there are any, the
	 * out-of-scope answer rate is estimated on them alone
	 */
	public record Sample(double confidence, boolean inScope, boolean correct, double weight, boolean observed) {

		public Sample(double confidence, boolean inScope, boolean correct, double weight) {
			this(confidence, inScope, correct, weight, false);
		}

	}

	public static List<CurvePoint> curve(List<Sample> samples) {
		List<CurvePoint> all = sweep(samples);
		if (all.size() <= MAX_POINTS) {
			return all;
		}
		List<CurvePoint> thinned = new ArrayList<>(MAX_POINTS);
		for (int i = 0; i < MAX_POINTS; i++) {
			thinned.add(all.get((int) Math.round(i * (all.size() - 1) / (double) (MAX_POINTS - 1))));
		}
		return thinned;
	}

	/**
	 * The threshold for a target precision.
	 * @param samples cross-validated questions
	 * @param target wanted precision, e.g. 0.95
	 * @param minAnswered answered questions below which a point is too noisy to judge
	 * @return the threshold, empty when none reaches the target
	 */
	public static Optional<CurvePoint> select(List<Sample> samples, double target, int minAnswered) {
		return select(samples, target, Optional.empty(), minAnswered).map(Selection::point);
	}

	/**
	 * A chosen threshold and the constraint that bound it.
	 *
	 * @param point the curve's point at the threshold
	 * @param boundBy {@link ThresholdConstraint#PRECISION} when it is the lowest
	 * threshold meeting the target precision,
	 * {@link ThresholdConstraint#OUT_OF_SCOPE_RATE} when the cap raised it above that
	 * @param precisionOnly the threshold the target precision alone would choose
	 */
	public record Selection(CurvePoint point, ThresholdConstraint boundBy, CurvePoint precisionOnly) {
	}

	/**
	 * The threshold for a target precision and an optional cap on the out-of-scope answer
	 * rate.
	 * @param samples cross-validated questions
	 * @param target wanted precision, e.g. 0.95
	 * @param maxOutOfScopeRate highest estimated share of out-of-scope questions answered
	 * (empty: no cap)
	 * @param minAnswered answered questions below which a point is too noisy to judge
	 * @return the threshold, empty when none meets both
	 */
	public static Optional<Selection> select(List<Sample> samples, double target, Optional<Double> maxOutOfScopeRate,
			int minAnswered) {
		CurvePoint chosen = null;
		CurvePoint capped = null;
		for (Swept swept : sweepWithCounts(samples)) {
			CurvePoint point = swept.point();
			if (swept.answered() < minAnswered) {
				// Too few answers to judge; a later (lower) threshold decides.
				continue;
			}
			if (point.precision() < target) {
				// Precision is weighted (out-of-scope samples weigh their assumed share
				// of traffic), so its standard error uses the effective number of
				// answers (Kish): ten in-scope and ten out-of-scope answers judge
				// precision like sixteen equal ones, not twenty.
				double standardError = Math.sqrt(point.precision() * (1 - point.precision()) / swept.effective());
				if (point.precision() + CLEARLY_BELOW * standardError < target) {
					break;
				}
				continue;
			}
			chosen = point;
			if (maxOutOfScopeRate.isEmpty() || point.outOfScopeAnswerRate() <= maxOutOfScopeRate.get()) {
				capped = point;
			}
		}
		if (capped == null) {
			return Optional.empty();
		}
		return Optional.of(new Selection(capped,
				(capped == chosen) ? ThresholdConstraint.PRECISION : ThresholdConstraint.OUT_OF_SCOPE_RATE, chosen));
	}

	/** One point per distinct confidence, from the highest threshold down. */
	static List<CurvePoint> sweep(List<Sample> samples) {
		return sweepWithCounts(samples).stream().map(Swept::point).toList();
	}

	/**
	 * A point of the curve with the number of samples answered there and their effective
	 * number under their weights, {@code (sum w)^2 / sum w^2}.
	 */
	private record Swept(CurvePoint point, int answered, double effective) {
	}

	private static List<Swept> sweepWithCounts(List<Sample> samples) {
		List<Sample> sorted = new ArrayList<>(samples);
		sorted.sort(Comparator.comparingDouble(Sample::confidence).reversed());
		long inScope = samples.stream().filter(Sample::inScope).count();
		boolean observed = samples.stream().anyMatch(Sample::observed);
		long outOfScope = samples.stream().filter((sample) -> counted(sample, observed)).count();
		double answeredWeight = 0;
		double squaredWeight = 0;
		double correctWeight = 0;
		int answeredInScope = 0;
		int answeredOutOfScope = 0;
		List<Swept> points = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Sample sample = sorted.get(i);
			answeredWeight += sample.weight();
			squaredWeight += sample.weight() * sample.weight();
			if (sample.correct()) {
				correctWeight += sample.weight();
			}
			if (sample.inScope()) {
				answeredInScope++;
			}
			else if (counted(sample, observed)) {
				answeredOutOfScope++;
			}
			boolean lastOfValue = i == sorted.size() - 1 || sorted.get(i + 1).confidence() < sample.confidence();
			if (lastOfValue) {
				CurvePoint point = new CurvePoint(sample.confidence(),
						(answeredWeight > 0) ? correctWeight / answeredWeight : 1,
						(inScope > 0) ? (double) answeredInScope / inScope : 0,
						(outOfScope > 0) ? (double) answeredOutOfScope / outOfScope : 0);
				points.add(new Swept(point, i + 1,
						(squaredWeight > 0) ? answeredWeight * answeredWeight / squaredWeight : 0));
			}
		}
		return points;
	}

	/**
	 * Whether an out-of-scope sample counts in the out-of-scope answer rate: observed
	 * examples, when there are any, are the better estimate of real traffic (the
	 * leave-the-article-out replays ask questions that sit right next to a neighbour
	 * article, and overstate the rate on most knowledge bases).
	 */
	private static boolean counted(Sample sample, boolean observedPresent) {
		return !sample.inScope() && (!observedPresent || sample.observed());
	}

}

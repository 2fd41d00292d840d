package dev.tandem.admin.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CurvePoint;

/**
 * Where a policy puts Tandem on the calibrated precision/coverage curve, before it is
 * saved: an automatic answer needs both the calibrated threshold and the policy's minimum
 * confidence, so the stricter of the two applies.
 *
 * @param threshold the confidence from which Tandem answers by itself (above 1: never)
 * @param expected expected precision, coverage and out-of-scope answer rate there,
 * interpolated between the curve's neighbouring points; empty when no automatic answers
 * are expected
 * @param calibrationBinds whether the calibrated threshold, not the policy's minimum,
 * decides (a lower minimum then has no effect)
 */
record OperatingPoint(double threshold, Optional<CurvePoint> expected, boolean calibrationBinds) {

	/**
	 * @param calibration the calibration in force
	 * @param enabled whether automatic answers are switched on
	 * @param minConfidence the policy's minimum confidence
	 */
	static OperatingPoint of(Calibration calibration, boolean enabled, double minConfidence) {
		double threshold = enabled ? Math.max(calibration.threshold(), minConfidence) : Calibration.NEVER;
		boolean calibrationBinds = enabled && calibration.threshold() >= minConfidence;
		if (threshold > 1) {
			return new OperatingPoint(threshold, Optional.empty(), calibrationBinds);
		}
		return new OperatingPoint(threshold, at(ascending(calibration), threshold), calibrationBinds);
	}

	/**
	 * The lowest threshold reaching a precision, scanning down from the strictest and
	 * stopping at the first point below it (as the calibration itself chooses); empty
	 * when no threshold reaches it.
	 */
	static Optional<Double> thresholdFor(Calibration calibration, double precision) {
		List<CurvePoint> descending = ascending(calibration).reversed();
		Optional<Double> chosen = Optional.empty();
		for (CurvePoint point : descending) {
			if (point.precision() + 1e-9 < precision) {
				break;
			}
			chosen = Optional.of(point.threshold());
		}
		return chosen;
	}

	private static List<CurvePoint> ascending(Calibration calibration) {
		List<CurvePoint> points = new ArrayList<>(calibration.curve());
		points.sort(Comparator.comparingDouble(CurvePoint::threshold));
		return points;
	}

	private static Optional<CurvePoint> at(List<CurvePoint> ascending, double threshold) {
		if (ascending.isEmpty() || threshold > ascending.getLast().threshold() + 1e-9) {
			return Optional.empty();
		}
		if (threshold <= ascending.getFirst().threshold()) {
			return Optional.of(ascending.getFirst());
		}
		for (int i = 1; i < ascending.size(); i++) {
			CurvePoint upper = ascending.get(i);
			if (threshold <= upper.threshold()) {
				CurvePoint lower = ascending.get(i - 1);
				double span = upper.threshold() - lower.threshold();
				double share = (span <= 0) ? 1 : (threshold - lower.threshold()) / span;
				return Optional.of(new CurvePoint(threshold, between(lower.precision(), upper.precision(), share),
						between(lower.coverage(), upper.coverage(), share),
						between(lower.outOfScopeAnswerRate(), upper.outOfScopeAnswerRate(), share)));
			}
		}
		return Optional.of(ascending.getLast());
	}

	private static double between(double from, double to, double share) {
		return from + (to - from) * share;
	}

}

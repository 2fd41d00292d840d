package dev.tandem.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CurvePoint;
import dev.tandem.kb.calibration.LogisticModel;

/** Calibrations for tests that need one without Elasticsearch. */
public final class TestCalibrations {

	private TestCalibrations() {
	}

	/**
	 * Threshold 0.8 for a target precision of 0.95, with a five-point curve whose point
	 * at 0.8 is the expected one.
	 */
	public static Calibration sample() {
		List<CurvePoint> curve = List.of(new CurvePoint(0.95, 1.0, 0.2, 0.0), new CurvePoint(0.9, 0.99, 0.4, 0.01),
				new CurvePoint(0.8, 0.96, 0.62, 0.02), new CurvePoint(0.6, 0.9, 0.8, 0.06),
				new CurvePoint(0.4, 0.8, 0.95, 0.15));
		return new Calibration(0.95, 0.8, true, Optional.empty(), new LogisticModel(0, List.of(), List.of(), List.of()),
				curve, Optional.of(curve.get(2)), 120, 30, 40, "test", Instant.parse("2026-11-21T10:00:00Z"));
	}

}

package dev.tandem.kb.calibration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What applies before a knowledge base can be calibrated (too few example questions): a
 * fixed model that trusts only a near-identical, unambiguous match (cosine above about
 * 0.95 with a clear lead over the next article, both searches agreeing), and a high
 * threshold. It answers rarely and is flagged, so nobody mistakes it for a calibrated
 * operating point.
 */
final class DefaultConfidence {

	static final double THRESHOLD = 0.9;

	private DefaultConfidence() {
	}

	static LogisticModel model() {
		int features = ConfidenceFeatures.NAMES.size();
		Double[] weights = new Double[features];
		Double[] zeros = new Double[features];
		Double[] ones = new Double[features];
		for (int i = 0; i < features; i++) {
			weights[i] = 0.0;
			zeros[i] = 0.0;
			ones[i] = 1.0;
		}
		weights[ConfidenceFeatures.NAMES.indexOf("top_cosine")] = 50.0;
		weights[ConfidenceFeatures.NAMES.indexOf("cosine_margin")] = 25.0;
		weights[ConfidenceFeatures.NAMES.indexOf("agreement")] = 2.0;
		// p = 0.9 at cosine 0.96, margin 0.08, both searches agreeing.
		return new LogisticModel(-50.0 * 0.96 - 25.0 * 0.08 - 2.0 + Math.log(9), List.of(weights), List.of(zeros),
				List.of(ones));
	}

	static Calibration calibration(double target, String warning, int inScope, int articles, String fingerprint,
			Instant now) {
		return new Calibration(target, THRESHOLD, false, Optional.of(warning), model(), List.of(), Optional.empty(),
				inScope, 0, articles, fingerprint, now);
	}

}

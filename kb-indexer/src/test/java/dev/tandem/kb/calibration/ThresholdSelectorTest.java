package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.kb.calibration.ThresholdSelector.Sample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThresholdSelectorTest {

	@Test
	void theCurveGivesPrecisionCoverageAndOutOfScopeRatePerThreshold() {
		List<Sample> samples = List.of(new Sample(0.9, true, true, 1), new Sample(0.8, true, false, 1),
				new Sample(0.7, false, false, 1), new Sample(0.6, true, true, 1));
		List<CurvePoint> curve = ThresholdSelector.sweep(samples);
		assertThat(curve).hasSize(4);
		assertThat(curve.get(0)).isEqualTo(new CurvePoint(0.9, 1.0, 1 / 3.0, 0));
		assertThat(curve.get(2).precision()).isCloseTo(1 / 3.0, within(1e-12));
		assertThat(curve.get(2).outOfScopeAnswerRate()).isEqualTo(1.0);
		assertThat(curve.get(3).coverage()).isEqualTo(1.0);
	}

	@Test
	void theThresholdIsTheLowestThatKeepsTheTargetAllTheWayUp() {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			// Right above 0.5, mostly wrong below.
			double confidence = i / 100.0;
			boolean right = confidence >= 0.5 || i % 10 == 0;
			samples.add(new Sample(confidence, true, right, 1));
		}
		CurvePoint chosen = ThresholdSelector.select(samples, 0.95, 10).orElseThrow();
		assertThat(chosen.threshold()).isBetween(0.45, 0.5);
		assertThat(chosen.precision()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void aPrecisionThatOnlyRecoversLowerDownIsNotTrusted() {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			samples.add(new Sample(0.99 - i * 0.001, true, false, 1));
		}
		for (int i = 0; i < 1000; i++) {
			samples.add(new Sample(0.9 - i * 0.0001, true, true, 1));
		}
		assertThat(ThresholdSelector.select(samples, 0.95, 20)).isEmpty();
	}

	@Test
	void aFewWrongAnswersAtTheVeryTopDoNotSwitchAnsweringOff() {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			// Two near-duplicates filed under another article, at full confidence.
			samples.add(new Sample(0.999 - i * 0.0001, true, i >= 2, 1));
		}
		for (int i = 0; i < 500; i++) {
			samples.add(new Sample(0.99 - i * 0.001, true, true, 1));
		}
		for (int i = 0; i < 200; i++) {
			samples.add(new Sample(0.4 - i * 0.001, true, false, 1));
		}
		CurvePoint chosen = ThresholdSelector.select(samples, 0.95, 20).orElseThrow();
		assertThat(chosen.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(chosen.threshold()).isBetween(0.35, 0.5);
	}

	/**
	 * What a fine-grained knowledge base (BANKING77, 77 articles of 30 example questions)
	 * gave: among the 20 most confident replays, 10 out-of-scope ones (a neighbour
	 * article answers when its twin is left out), weighted to a quarter of the traffic.
	 * Weighted precision 0.75 there is not clearly below 0.95 over an effective 16
	 * answers; counted as 20 equal ones it was, and switched answering off.
	 */
	@Test
	void aWeightedDipAtTheTopIsJudgedOnItsEffectiveNumberOfAnswers() {
		List<Sample> samples = new ArrayList<>();
		double in = 0.75 / 520;
		double out = 0.25 / 520;
		for (int i = 0; i < 10; i++) {
			samples.add(new Sample(0.999 - i * 0.0001, true, true, in));
			samples.add(new Sample(0.999 - i * 0.0001 - 0.00005, false, false, out));
		}
		for (int i = 0; i < 500; i++) {
			samples.add(new Sample(0.99 - i * 0.001, true, true, in));
			samples.add(new Sample(0.3 - i * 0.0001, false, false, out));
		}
		CurvePoint chosen = ThresholdSelector.select(samples, 0.95, 20).orElseThrow();
		assertThat(chosen.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(chosen.coverage()).isEqualTo(1.0);
	}

	@Test
	void outOfScopeWeightsLowerPrecision() {
		List<Sample> samples = List.of(new Sample(0.9, true, true, 0.1), new Sample(0.9, false, false, 0.9));
		assertThat(ThresholdSelector.sweep(samples).get(0).precision()).isCloseTo(0.1, within(1e-12));
	}

	@Test
	void longCurvesAreThinned() {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			samples.add(new Sample(i / 1000.0, true, true, 1));
		}
		assertThat(ThresholdSelector.curve(samples)).hasSize(ThresholdSelector.MAX_POINTS);
	}

}

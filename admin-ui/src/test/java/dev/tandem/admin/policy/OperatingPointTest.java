package dev.tandem.admin.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tandem.admin.TestCalibrations;
import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CurvePoint;
import dev.tandem.kb.calibration.LogisticModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OperatingPointTest {

	private final Calibration calibration = TestCalibrations.sample();

	@Test
	void theStricterOfCalibratedThresholdAndPolicyMinimumApplies() {
		assertThat(OperatingPoint.of(this.calibration, true, 0.5).threshold()).isEqualTo(0.8);
		assertThat(OperatingPoint.of(this.calibration, true, 0.5).calibrationBinds()).isTrue();
		assertThat(OperatingPoint.of(this.calibration, true, 0.9).threshold()).isEqualTo(0.9);
		assertThat(OperatingPoint.of(this.calibration, true, 0.9).calibrationBinds()).isFalse();
	}

	@Test
	void betweenTwoCurvePointsTheFiguresAreInterpolated() {
		CurvePoint expected = OperatingPoint.of(this.calibration, true, 0.85).expected().orElseThrow();
		assertThat(expected.precision()).isCloseTo(0.975, within(1e-9));
		assertThat(expected.coverage()).isCloseTo(0.51, within(1e-9));
		assertThat(expected.outOfScopeAnswerRate()).isCloseTo(0.015, within(1e-9));
	}

	@Test
	void aboveTheStrictestPointOrSwitchedOffNoAutomaticAnswersAreExpected() {
		assertThat(OperatingPoint.of(this.calibration, true, 0.99).expected()).isEmpty();
		assertThat(OperatingPoint.of(this.calibration, false, 0).expected()).isEmpty();
		assertThat(OperatingPoint.of(this.calibration, false, 0).threshold()).isGreaterThan(1);
	}

	@Test
	void aTargetPrecisionPicksTheLowestThresholdBeforeTheCurveFirstFallsBelowIt() {
		assertThat(OperatingPoint.thresholdFor(this.calibration, 0.96)).contains(0.8);
		assertThat(OperatingPoint.thresholdFor(this.calibration, 0.99)).contains(0.9);
		assertThat(OperatingPoint.thresholdFor(this.calibration, 0.5)).contains(0.4);
	}

	@Test
	void aTargetNoPointReachesHasNoThreshold() {
		Calibration weak = new Calibration(0.95, Calibration.NEVER, true, Optional.empty(),
				new LogisticModel(0, List.of(), List.of(), List.of()),
				List.of(new CurvePoint(0.9, 0.9, 0.1, 0.0), new CurvePoint(0.5, 0.7, 0.8, 0.2)), Optional.empty(), 10,
				2, 3, "test", Instant.EPOCH);
		assertThat(OperatingPoint.thresholdFor(weak, 0.95)).isEmpty();
	}

}

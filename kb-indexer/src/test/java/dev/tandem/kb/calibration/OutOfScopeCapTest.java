package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.kb.calibration.ThresholdSelector.Sample;
import dev.tandem.kb.calibration.ThresholdSelector.Selection;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutOfScopeCapTest {

	/**
	 * 100 answerable questions, all right, at confidences 0.99 down to 0.495; 100
	 * out-of-scope questions, 10 of which get confidences between 0.6 and 0.51 (weighted
	 * lightly, so precision stays above 0.95 everywhere).
	 */
	private static List<Sample> curve() {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			samples.add(new Sample(0.99 - i * 0.005, true, true, 1));
		}
		for (int i = 0; i < 100; i++) {
			samples.add(new Sample((i < 10) ? 0.6 - i * 0.01 : 0.1 - i * 0.0005, false, false, 0.1));
		}
		return samples;
	}

	@Test
	void withoutACapTheLowestThresholdMeetingThePrecisionIsChosenAsBefore() {
		Selection selection = ThresholdSelector.select(curve(), 0.95, Optional.empty(), 20).orElseThrow();
		assertThat(selection.boundBy()).isEqualTo(ThresholdConstraint.PRECISION);
		assertThat(selection.point()).isEqualTo(ThresholdSelector.select(curve(), 0.95, 20).orElseThrow());
		assertThat(selection.point().outOfScopeAnswerRate()).isGreaterThan(0.5);
	}

	@Test
	void aLooseCapLeavesThePrecisionBinding() {
		Selection precisionOnly = ThresholdSelector.select(curve(), 0.95, Optional.empty(), 20).orElseThrow();
		// Lower the precision-only threshold's out-of-scope rate to find a cap it meets.
		Selection selection = ThresholdSelector
			.select(curve(), 0.95, Optional.of(precisionOnly.point().outOfScopeAnswerRate()), 20)
			.orElseThrow();
		assertThat(selection.boundBy()).isEqualTo(ThresholdConstraint.PRECISION);
		assertThat(selection.point()).isEqualTo(precisionOnly.point());
	}

	@Test
	void aTightCapRaisesTheThresholdAndSaysItBoundIt() {
		Selection precisionOnly = ThresholdSelector.select(curve(), 0.95, Optional.empty(), 20).orElseThrow();
		Selection selection = ThresholdSelector.select(curve(), 0.95, Optional.of(0.03), 20).orElseThrow();
		assertThat(selection.boundBy()).isEqualTo(ThresholdConstraint.OUT_OF_SCOPE_RATE);
		assertThat(selection.point().outOfScopeAnswerRate()).isEqualTo(0.03);
		assertThat(selection.point().threshold()).isGreaterThan(precisionOnly.point().threshold());
		assertThat(selection.point().coverage()).isLessThan(precisionOnly.point().coverage());
		assertThat(selection.precisionOnly()).isEqualTo(precisionOnly.point());
	}

	@Test
	void whenNoThresholdMeetsBothAutomaticAnswersAreOff() {
		List<Sample> samples = curve();
		// An out-of-scope question above every answerable one: no cap of 0 can be met.
		samples.add(new Sample(0.999, false, false, 0.1));
		assertThat(ThresholdSelector.select(samples, 0.95, Optional.empty(), 20)).isPresent();
		assertThat(ThresholdSelector.select(samples, 0.95, Optional.of(0.0), 20)).isEmpty();
		assertThat(Calibrator.noThreshold(samples, 0.95,
				AnsweringSettings.defaults().withMaxOutOfScopeRate(Optional.of(0.0))))
			.startsWith("no threshold reaches precision 0.950")
			.contains("at most 0.000 of out-of-scope questions")
			.endsWith("automatic answers are off");
	}

	@Test
	void whenThePrecisionIsUnreachableTheWarningIsTheUsualOne() {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			samples.add(new Sample(0.99 - i * 0.005, true, i % 2 == 0, 1));
		}
		assertThat(Calibrator.noThreshold(samples, 0.95,
				AnsweringSettings.defaults().withMaxOutOfScopeRate(Optional.of(0.03))))
			.isEqualTo("no threshold reaches precision 0.950 on this knowledge base: automatic answers are off");
	}

	@Test
	void theExplanationNamesTheCapAndWhatItCost() {
		Selection selection = ThresholdSelector.select(curve(), 0.95, Optional.of(0.03), 20).orElseThrow();
		assertThat(Calibrator.explanation(selection,
				AnsweringSettings.defaults().withMaxOutOfScopeRate(Optional.of(0.03))))
			.hasValueSatisfying((text) -> assertThat(text)
				.startsWith("the threshold is set by max-out-of-scope-rate " + "0.030, not by the target precision")
				.contains("out-of-scope questions answered 0.030"));
		Selection unbound = ThresholdSelector.select(curve(), 0.95, Optional.empty(), 20).orElseThrow();
		assertThat(Calibrator.explanation(unbound, AnsweringSettings.defaults())).isEmpty();
	}

	@Test
	void aCapOutsideZeroToOneIsRejectedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AnsweringSettings.defaults().withMaxOutOfScopeRate(Optional.of(1.5)))
			.withMessageContaining("tandem.answering.max-out-of-scope-rate");
		assertThat(AnsweringSettings.defaults().maxOutOfScopeRate()).isEmpty();
	}

	@Test
	void thePropertyBindsWhenSetAndStaysEmptyWhenNot() {
		assertThat(bind(Map.of("tandem.answering.max-out-of-scope-rate", "0.03")).maxOutOfScopeRate()).contains(0.03);
		AnsweringSettings unset = bind(Map.of("tandem.answering.target-precision", "0.9"));
		assertThat(unset.maxOutOfScopeRate()).isEmpty();
		assertThat(unset.targetPrecision()).isEqualTo(0.9);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> bind(Map.of("tandem.answering.max-out-of-scope-rate", "-0.1")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("tandem.answering.max-out-of-scope-rate must be between 0 and 1");
	}

	private static AnsweringSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("tandem.answering",
				AnsweringSettings.class);
	}

}

package dev.tandem.connector.outcomes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.cases.AnswerFollowUp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThresholdTighteningTest {

	private static final Instant AT = Instant.parse("2026-11-10T10:00:00Z");

	private final ThresholdTightening tightening = new ThresholdTightening(0.95, 20, 0.95, 0.05);

	@Test
	void wilsonIntervalMatchesTheTextbookValues() {
		WilsonInterval interval = WilsonInterval.of(15, 20, 0.95);
		assertThat(interval.lower()).isCloseTo(0.531, within(0.001));
		assertThat(interval.upper()).isCloseTo(0.888, within(0.001));
		assertThat(WilsonInterval.normalQuantile(0.975)).isCloseTo(1.95996, within(1e-5));
		assertThat(WilsonInterval.of(0, 0, 0.95)).isEqualTo(new WilsonInterval(0, 1));
	}

	@Test
	void raisesTheThresholdToTheConfidenceFromWhichAnswersMetTheTarget() {
		List<AnswerFollowUp> answers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			answers.add(rejected(0.80 + i * 0.01));
		}
		for (int i = 0; i < 20; i++) {
			answers.add(confirmed(0.86 + i * 0.005));
		}
		CategoryPrecision measured = this.tightening.measure("billing", 0.0, answers);
		assertThat(measured.sample()).isEqualTo(25);
		assertThat(measured.precision()).isCloseTo(0.8, within(1e-9));
		assertThat(measured.clearlyBelowTarget()).isTrue();

		// from 0.84 up: 20 right of 21 = 0.952, the first level that meets 0.95
		ThresholdTightening.Proposal proposal = this.tightening.propose(measured, answers).orElseThrow();
		assertThat(proposal.newThreshold()).isCloseTo(0.84, within(1e-9));
		assertThat(proposal.reason()).contains("Category 'billing'")
			.contains("measured precision 0.800")
			.contains("20 right of 25")
			.contains("below the target 0.950")
			.contains("0.000 -> 0.840")
			.contains("right in 20 of 21");
	}

	@Test
	void raisesByAStepWhenNoConfidenceMetTheTarget() {
		List<AnswerFollowUp> answers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			answers.add((i % 2 == 0) ? confirmed(0.90 + i * 0.001) : rejected(0.90 + i * 0.001));
		}
		answers.add(rejected(0.999));
		CategoryPrecision measured = this.tightening.measure("vpn", 0.9, answers);
		ThresholdTightening.Proposal proposal = this.tightening.propose(measured, answers).orElseThrow();
		assertThat(proposal.newThreshold()).isCloseTo(0.95, within(1e-9));
		assertThat(proposal.reason()).contains("raised by 0.050");
	}

	@Test
	void leavesAPerfectRecordAloneEvenWhereItsLowerBoundIsBelowTarget() {
		List<AnswerFollowUp> answers = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			answers.add(confirmed(0.9));
		}
		CategoryPrecision measured = this.tightening.measure("billing", 0.0, answers);
		assertThat(measured.interval().lower()).isLessThan(0.95);
		assertThat(this.tightening.propose(measured, answers)).isEmpty();
	}

	@Test
	void waitsForTheMinimumSample() {
		List<AnswerFollowUp> answers = new ArrayList<>();
		for (int i = 0; i < 19; i++) {
			answers.add(rejected(0.9));
		}
		assertThat(this.tightening.propose(this.tightening.measure("billing", 0.0, answers), answers)).isEmpty();
	}

	@Test
	void neverProposesALowerThresholdAndMeasuresOnlyWhatTheThresholdLetsThrough() {
		List<AnswerFollowUp> answers = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			answers.add(rejected(0.5));
		}
		for (int i = 0; i < 20; i++) {
			answers.add(confirmed(0.97));
		}
		CategoryPrecision measured = this.tightening.measure("billing", 0.96, answers);
		assertThat(measured.sample()).isEqualTo(20);
		assertThat(this.tightening.propose(measured, answers)).isEmpty();

		List<AnswerFollowUp> failing = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			failing.add(rejected(0.97));
		}
		ThresholdTightening.Proposal proposal = this.tightening
			.propose(this.tightening.measure("billing", 0.96, failing), failing)
			.orElseThrow();
		assertThat(proposal.newThreshold()).isGreaterThan(0.96);
	}

	@Test
	void pendingAnswersDoNotCount() {
		List<AnswerFollowUp> answers = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			answers.add(AnswerFollowUp.pending(List.of("a"), Optional.of("billing"), 0.9, AT));
		}
		assertThat(this.tightening.measure("billing", 0, answers).sample()).isZero();
	}

	private static AnswerFollowUp confirmed(double confidence) {
		return AnswerFollowUp.pending(List.of("a"), Optional.of("billing"), confidence, AT).confirmed(AT);
	}

	private static AnswerFollowUp rejected(double confidence) {
		return AnswerFollowUp.pending(List.of("a"), Optional.of("billing"), confidence, AT).rejected(AT);
	}

}

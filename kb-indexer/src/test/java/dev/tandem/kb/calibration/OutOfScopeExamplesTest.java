package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.kb.calibration.ThresholdSelector.Sample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Known out-of-scope questions: what is kept, how they mark a calibration, and how they
 * change the estimated out-of-scope answer rate and the weights of the confidence model.
 */
class OutOfScopeExamplesTest {

	@Test
	void duplicatesAreKeptOnceInTheirFirstOrder() {
		OutOfScopeExamples examples = new OutOfScopeExamples(
				List.of("weather today?", "book a flight", "weather today?"));
		assertThat(examples.texts()).containsExactly("weather today?", "book a flight");
		assertThat(examples.plus(List.of("book a flight", "order a pizza")).texts()).containsExactly("weather today?",
				"book a flight", "order a pizza");
	}

	@Test
	void aBlankQuestionIsRefusedByItsPosition() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutOfScopeExamples(List.of("weather?", "  ")))
			.withMessage("out-of-scope example 2 is blank");
	}

	@Test
	void moreThanTheMaximumIsRefusedWithBothCounts() {
		List<String> many = new ArrayList<>();
		for (int i = 0; i <= OutOfScopeExamples.MAX; i++) {
			many.add("question " + i);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new OutOfScopeExamples(many))
			.withMessageContaining("5001 out-of-scope examples, at most 5000");
	}

	@Test
	void theFingerprintIgnoresOrderButNotContent() {
		List<String> texts = new ArrayList<>(List.of("a", "b", "c"));
		String fingerprint = new OutOfScopeExamples(texts).fingerprint();
		Collections.reverse(texts);
		assertThat(new OutOfScopeExamples(texts).fingerprint()).isEqualTo(fingerprint).hasSize(16);
		assertThat(new OutOfScopeExamples(List.of("a", "b", "d")).fingerprint()).isNotEqualTo(fingerprint);
		assertThat(OutOfScopeExamples.NONE.fingerprint()).isEmpty();
	}

	@Test
	void aCalibrationFingerprintKeepsTheKnowledgeBasePartReadable() {
		OutOfScopeExamples examples = new OutOfScopeExamples(List.of("a"));
		String combined = examples.fingerprintOf("kb-123");
		assertThat(combined).startsWith("kb-123+out-of-scope:").isNotEqualTo("kb-123");
		assertThat(OutOfScopeExamples.knowledgeBaseFingerprint(combined)).isEqualTo("kb-123");
		assertThat(OutOfScopeExamples.NONE.fingerprintOf("kb-123")).isEqualTo("kb-123");
		assertThat(OutOfScopeExamples.knowledgeBaseFingerprint("kb-123")).isEqualTo("kb-123");
	}

	@Test
	void storedExamplesReadBackAsStored() throws Exception {
		ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		OutOfScopeExamples examples = new OutOfScopeExamples(List.of("天气怎么样", "book a flight"));
		assertThat(mapper.readValue(mapper.writeValueAsString(examples), OutOfScopeExamples.class)).isEqualTo(examples);
	}

	/**
	 * 100 answerable questions, all right, confidences 0.99 down to 0.5; 50 simulated
	 * out-of-scope replays at 0.9 (next to an article) and 50 known out-of-scope
	 * questions at 0.2 or below.
	 */
	@Test
	void knownExamplesAloneEstimateTheOutOfScopeRate() {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			samples.add(new Sample(0.99 - i * 0.005, true, true, 1));
		}
		for (int i = 0; i < 50; i++) {
			samples.add(new Sample(0.9, false, false, 0.01, false));
			samples.add(new Sample(0.2 - i * 0.001, false, false, 0.01, true));
		}
		CurvePoint chosen = ThresholdSelector.select(samples, 0.95, Optional.of(0.03), 20).orElseThrow().point();
		// Every answerable question is answered; of the known ones only the first (0.2:
		// 1 of 50) before the cap binds.
		assertThat(chosen.coverage()).isEqualTo(1.0);
		assertThat(chosen.outOfScopeAnswerRate()).isEqualTo(0.02);
		// Without the flag every out-of-scope sample counts: the replays at 0.9 exceed
		// the
		// cap wherever enough questions are answered to judge, so answers are off.
		List<Sample> unflagged = samples.stream()
			.map((s) -> new Sample(s.confidence(), s.inScope(), s.correct(), s.weight()))
			.toList();
		assertThat(ThresholdSelector.select(unflagged, 0.95, Optional.of(0.03), 20)).isEmpty();
	}

	@Test
	void knownExamplesTakeHalfOfTheOutOfScopeWeight() {
		List<Calibrator.Replay> replays = List.of(
				new Calibrator.Replay("a", new double[] { 1 }, true, new double[] { 0 }),
				new Calibrator.Replay("b", new double[] { 1 }, false, new double[] { 0 }));
		ConfidenceSamples samples = ConfidenceSamples.of(replays,
				List.of(new double[] { 0.1 }, new double[] { 0.2 }, new double[] { 0.3 }, new double[] { 0.4 }), 0.2);
		double inScope = 0;
		double replayed = 0;
		double known = 0;
		for (int i = 0; i < samples.size(); i++) {
			double w = samples.weight.get(i);
			if (samples.inScope.get(i)) {
				inScope += w;
			}
			else if (samples.observed.get(i)) {
				known += w;
			}
			else {
				replayed += w;
			}
		}
		assertThat(inScope).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
		assertThat(replayed).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
		assertThat(known).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
		// Each known question is a fold group of its own, never an article's.
		assertThat(samples.articles).contains("out-of-scope#0", "out-of-scope#3");
		// Without known examples the replays keep the whole out-of-scope weight.
		ConfidenceSamples before = ConfidenceSamples.of(replays, List.of(), 0.2);
		assertThat(before.weight.stream().filter((w) -> w < 0.2).mapToDouble(Double::doubleValue).sum()).isCloseTo(0.2,
				org.assertj.core.data.Offset.offset(1e-12));
	}

}

package dev.tandem.understanding.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.language.LanguageDetector;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentPrototypesTest {

	private static final float[] POSITIVE = { 1, 0, 0 };

	private static final float[] NEGATIVE = { 0, 1, 0 };

	private static final float[] NEUTRAL = { 0, 0, 1 };

	private final StubEmbedder embedder = new StubEmbedder();

	private final LanguageDetector detector = new LanguageDetector();

	private final SentimentAnalyzer analyzer = new SentimentAnalyzer(this.detector, SentimentSettings.DEFAULTS,
			Optional.of(SentimentPrototypes.chinese(this.embedder)));

	@Test
	void aReviewWithoutSentimentWordsGetsTheVoteOfTheNearestExamples() {
		this.embedder.place("等了两个小时才送到", mix(0.2f, 0.9f, 0.1f));
		SentimentAssessment assessment = this.analyzer.analyze("等了两个小时才送到");
		SentimentAssessment lexiconOnly = new SentimentAnalyzer().analyze("等了两个小时才送到");
		assertThat(assessment.score()).isLessThan(lexiconOnly.score());
		assertThat(assessment.label().isNegative()).isTrue();
		Evidence vote = assessment.evidence()
			.stream()
			.filter((e) -> e.source().equals("sentiment.prototype"))
			.findFirst()
			.orElseThrow();
		assertThat(vote.contribution()).isNegative();
		assertThat(vote.explanation()).contains("leans negative");
		assertThat(this.embedder.polarityOf(vote.matched())).isEqualTo("neg");
	}

	@Test
	void aPlainRequestGetsNoVote() {
		this.embedder.place("请问怎么修改发票抬头", mix(0.3f, 0.3f, 0.9f));
		SentimentAssessment assessment = this.analyzer.analyze("请问怎么修改发票抬头");
		assertThat(assessment.label()).isEqualTo(SentimentLabel.NEUTRAL);
		assertThat(assessment.evidence()).noneMatch((e) -> e.source().equals("sentiment.prototype"));
		assertThat(assessment.evidence()).anyMatch((e) -> e.explanation().contains("no prototype vote"));
	}

	@Test
	void theVoteAloneNeverMakesATicketVeryNegative() {
		this.embedder.place("账号登录不上", NEGATIVE);
		SentimentAssessment assessment = this.analyzer.analyze("账号登录不上");
		assertThat(assessment.label()).isEqualTo(SentimentLabel.NEGATIVE);
		assertThat(assessment.score()).isGreaterThan(-SentimentSettings.DEFAULTS.veryThreshold());
	}

	@Test
	void aPrecomputedEmbeddingIsUsedInsteadOfEmbeddingAgain() {
		String text = "菜到了";
		this.analyzer.analyze("热身", this.detector.detect("热身"), Optional.of(POSITIVE));
		int before = this.embedder.calls.get();
		SentimentAssessment assessment = this.analyzer.analyze(text, this.detector.detect(text), Optional.of(POSITIVE));
		assertThat(this.embedder.calls.get()).isEqualTo(before);
		assertThat(assessment.score()).isPositive();
	}

	@Test
	void englishTextIsNotEmbedded() {
		this.analyzer.analyze("Thanks, that fixed it");
		assertThat(this.embedder.calls.get()).isZero();
	}

	@Test
	void aFailingOrMismatchedModelLeavesTheLexiconResult() {
		SentimentAnalyzer failing = new SentimentAnalyzer(this.detector, SentimentSettings.DEFAULTS,
				Optional.of(SentimentPrototypes.chinese((texts) -> {
					throw new IllegalStateException("model not loaded");
				})));
		SentimentAssessment assessment = failing.analyze("我很满意");
		assertThat(assessment.score()).isEqualTo(new SentimentAnalyzer().analyze("我很满意").score());
		assertThat(assessment.evidence()).anyMatch((e) -> e.explanation().contains("prototype vote unavailable"));
		SentimentAssessment mismatched = this.analyzer.analyze("我很满意", this.detector.detect("我很满意"),
				Optional.of(new float[] { 1, 0 }));
		assertThat(mismatched.evidence()).anyMatch((e) -> e.explanation().contains("does not fit"));
	}

	@Test
	void badInputStillGivesASensibleResult() {
		for (String text : List.of("", "   ", "😀😀😀", "\u0000\u0001\u0002\uFFFD\uFFFD", "投诉".repeat(600_000))) {
			SentimentAssessment assessment = this.analyzer.analyze(text);
			assertThat(assessment.score()).isBetween(-1.0, 1.0);
		}
	}

	@Test
	void aRequestForAPersonIsNeverVeryPositive() {
		this.embedder.place("太感谢了，非常满意，不过我要转人工", POSITIVE);
		SentimentAssessment assessment = this.analyzer.analyze("太感谢了，非常满意，不过我要转人工");
		assertThat(assessment.signals().humanRequested()).isTrue();
		assertThat(assessment.label()).isNotEqualTo(SentimentLabel.VERY_POSITIVE);
	}

	private static float[] mix(float positive, float negative, float neutral) {
		double norm = Math.sqrt(positive * positive + negative * negative + neutral * neutral);
		return new float[] { (float) (positive / norm), (float) (negative / norm), (float) (neutral / norm) };
	}

	/**
	 * Puts each shipped example sentence on the axis of its kind and other texts where
	 * the test says (default: on the plain-request axis).
	 */
	private static final class StubEmbedder implements SentenceEmbedder {

		private final Map<String, String> polarity = new HashMap<>();

		private final Map<String, float[]> placed = new HashMap<>();

		private final AtomicInteger calls = new AtomicInteger();

		StubEmbedder() {
			try (InputStream in = getClass()
				.getResourceAsStream("/dev/tandem/understanding/sentiment/zh-prototypes.tsv");
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				reader.lines()
					.filter((line) -> !line.startsWith("#") && !line.isBlank())
					.map((line) -> line.split("\\t"))
					.forEach((columns) -> this.polarity.put(columns[1], columns[0]));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void place(String text, float[] vector) {
			this.placed.put(text, vector);
		}

		String polarityOf(String sentence) {
			return this.polarity.get(sentence);
		}

		@Override
		public List<float[]> embedAll(List<String> texts) {
			List<float[]> vectors = new ArrayList<>();
			for (String text : texts) {
				if (!this.polarity.containsKey(text)) {
					this.calls.incrementAndGet();
				}
				vectors.add(switch (this.polarity.getOrDefault(text, "")) {
					case "pos" -> POSITIVE;
					case "neg" -> NEGATIVE;
					case "neu" -> NEUTRAL;
					default -> this.placed.getOrDefault(text, NEUTRAL);
				});
			}
			return vectors;
		}

	}

}

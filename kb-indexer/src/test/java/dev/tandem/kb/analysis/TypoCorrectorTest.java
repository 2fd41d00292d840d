package dev.tandem.kb.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypoCorrectorTest {

	private final TypoCorrector corrector = new TypoCorrector(
			new Vocabulary(Map.of("refund", 12, "password", 5, "card", 40, "cart", 2, "transfer", 9, "verifi", 3)));

	@Test
	void anUnknownWordIsReadAsTheClosestKnownOne() {
		assertThat(this.corrector.corrections(List.of("refnud", "card")))
			.containsExactly(new TypoCorrection("refnud", "refund", 1));
	}

	@Test
	void longWordsMayBeTwoEditsOff() {
		assertThat(this.corrector.corrections(List.of("pasword", "trasnfre"))).extracting(TypoCorrection::corrected)
			.containsExactly("password", "transfer");
	}

	@Test
	void knownWordsShortWordsAndChineseAreLeftAlone() {
		assertThat(this.corrector.corrections(List.of("cart", "crd", "退款", "zebra"))).isEmpty();
	}

	@Test
	void distanceCountsATranspositionAsOneEdit() {
		assertThat(TypoCorrector.distance("refnud", "refund", 5)).isEqualTo(1);
		assertThat(TypoCorrector.distance("kitten", "sitting", 5)).isEqualTo(3);
	}

}

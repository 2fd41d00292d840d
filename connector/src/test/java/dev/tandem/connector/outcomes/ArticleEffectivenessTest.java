package dev.tandem.connector.outcomes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArticleEffectivenessTest {

	@Test
	void failureRateIsFailuresAmongSettledAnswers() {
		// 20 shown: 8 accepted, 4 silent durable, 3 rejected, 1 reopened, 4 pending
		ArticleEffectiveness article = ArticleEffectiveness.of("refund-time", 20, 8, 3, 1, 4, 10, 12, 4, 10, 0.3);
		assertThat(article.settled()).isEqualTo(16);
		assertThat(article.failures()).isEqualTo(4);
		assertThat(article.failureRate()).hasValueSatisfying((rate) -> assertThat(rate).isCloseTo(0.25, within(1e-9)));
		assertThat(article.flaggedForReview()).isFalse();
	}

	@Test
	void flagsAnArticleThatOftenFails() {
		ArticleEffectiveness article = ArticleEffectiveness.of("old-vpn", 12, 3, 5, 2, 0, 3, 3, 2, 10, 0.3);
		assertThat(article.failureRate()).hasValueSatisfying((rate) -> assertThat(rate).isCloseTo(0.7, within(1e-9)));
		assertThat(article.flaggedForReview()).isTrue();
	}

	@Test
	void neitherRatesNorFlagsBelowTheMinimumSample() {
		ArticleEffectiveness article = ArticleEffectiveness.of("new", 5, 0, 4, 1, 0, 0, 0, 0, 10, 0.3);
		assertThat(article.failureRate()).isEmpty();
		assertThat(article.flaggedForReview()).isFalse();
	}

}

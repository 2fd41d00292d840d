package dev.tandem.kb.article;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdTest {

	@ParameterizedTest
	@ValueSource(strings = { "refund-time", "guides/billing/refund_time.v2", "退款", "A" })
	void acceptsLettersDigitsAndPathLikeSegments(String id) {
		assertThat(ArticleId.problem(id)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a b", "/a", "a/", "a//b", "a/../b", "./a", "a?b", "a\tb" })
	void refusesMalformedIds(String id) {
		assertThat(ArticleId.problem(id)).isPresent();
	}

	@Test
	void refusesIdsOverTwoHundredCharacters() {
		assertThat(ArticleId.problem("a".repeat(200))).isEmpty();
		assertThat(ArticleId.problem("a".repeat(201)))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("200"));
	}

	@Test
	void refusesIdsOverFiveHundredTwelveBytes() {
		assertThat(ArticleId.problem("退".repeat(171)))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("512"));
	}

	@Test
	void namesTheForbiddenCharacter() {
		assertThat(ArticleId.problem("a?b")).hasValueSatisfying((reason) -> assertThat(reason).contains("'?'"));
		assertThat(ArticleId.problem("a b")).hasValueSatisfying((reason) -> assertThat(reason).contains("blank"));
	}

	@Test
	void derivesIdsFromRelativePaths() {
		assertThat(ArticleId.fromRelativePath(Path.of("guides", "Refund Policy.md"))).contains("guides/Refund-Policy");
		assertThat(ArticleId.fromRelativePath(Path.of("a  (copy) .markdown"))).contains("a-copy");
		assertThat(ArticleId.fromRelativePath(Path.of("billing", "退款.md"))).contains("billing/退款");
		assertThat(ArticleId.fromRelativePath(Path.of("v1.2", "notes.html"))).contains("v1.2/notes");
		assertThat(ArticleId.fromRelativePath(Path.of("???.md"))).isEmpty();
	}

}

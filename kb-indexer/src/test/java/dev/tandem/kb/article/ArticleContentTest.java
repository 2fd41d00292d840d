package dev.tandem.kb.article;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArticleContentTest {

	private static ArticleContent.Builder refund() {
		return ArticleContent.builder("refund-time", "How long a refund takes", "Refunds take 5 business days.")
			.questions(List.of("when do I get my money back", "退款多久到账"))
			.category("billing")
			.tags(List.of("refund"));
	}

	@Test
	void equalContentHasEqualHash() {
		assertThat(refund().build().contentHash()).isEqualTo(refund().build().contentHash()).hasSize(64);
	}

	@Test
	void hashIgnoresLineEndingsAndSurroundingBlanks() {
		ArticleContent unix = ArticleContent.builder("a", "Title", "Line one\nLine two").build();
		ArticleContent windows = ArticleContent.builder("a", "  Title ", "\r\n\r\nLine one\r\nLine two\r\n  ").build();

		assertThat(windows).isEqualTo(unix);
		assertThat(windows.contentHash()).isEqualTo(unix.contentHash());
	}

	@Test
	void everyFieldChangesTheHash() {
		String base = refund().build().contentHash();

		assertThat(List.of(ArticleContent.builder("refund-time2", "How long a refund takes", "x").build(),
				refund().answer("Five days.").build(), refund().questions(List.of("other")).build(),
				refund().category("payments").build(), refund().language("en").build(),
				refund().tags(List.of("refund", "money")).build(), refund().status(ArticleStatus.DRAFT).build(),
				ArticleContent.builder("refund-time", "Other title", "Refunds take 5 business days.").build()))
			.extracting(ArticleContent::contentHash)
			.doesNotContain(base)
			.doesNotHaveDuplicates();
	}

	@Test
	void absentAndEmptyOptionalsAreDistinctFromText() {
		ArticleContent withoutCategory = ArticleContent.builder("a", "t", "b").build();
		ArticleContent withEmptyishCategory = ArticleContent.builder("a", "t", "b").category("-").build();

		assertThat(withoutCategory.contentHash()).isNotEqualTo(withEmptyishCategory.contentHash());
	}

	@Test
	void blankOptionalTextsBecomeEmpty() {
		ArticleContent content = ArticleContent.builder("a", "t", "b").answer("  ").category("").language(" ").build();

		assertThat(content.answer()).isEmpty();
		assertThat(content.category()).isEmpty();
		assertThat(content.language()).isEmpty();
	}

	@Test
	void dropsBlankAndRepeatedQuestionsAndTags() {
		ArticleContent content = ArticleContent.builder("a", "t", "b")
			.questions(List.of(" how? ", "", "how?", "why?"))
			.tags(List.of("x", " ", "x"))
			.build();

		assertThat(content.questions()).containsExactly("how?", "why?");
		assertThat(content.tags()).containsExactly("x");
	}

	@Test
	void writesLanguageTagsCanonically() {
		assertThat(ArticleContent.builder("a", "t", "b").language("zh_cn").build().language()).contains("zh-CN");
		assertThat(ArticleContent.builder("a", "t", "b").language("EN").build().language()).contains("en");
	}

	@Test
	void refusesWhatIsNotALanguageTag() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArticleContent.builder("a", "t", "b").language("en us").build())
			.withMessageContaining("language");
	}

	@Test
	void refusesBlankTitleOrBody() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleContent.builder("a", " ", "b").build())
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleContent.builder("a", "t", "\n\t").build())
			.withMessageContaining("body");
	}

	@Test
	void refusesInvalidIds() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleContent.builder("a b", "t", "b").build())
			.withMessageContaining("a b");
	}

	@Test
	void refusesNullOptionals() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArticleContent.builder("a", "t".repeat(501), "b").build());
		org.assertj.core.api.Assertions.assertThatNullPointerException()
			.isThrownBy(() -> new ArticleContent("a", "t", "b", null, List.of(), Optional.empty(), Optional.empty(),
					List.of(), ArticleStatus.DRAFT));
	}

	@Test
	void effectiveAnswerIsTheExplicitAnswer() {
		assertThat(refund().answer("About five days.").build().effectiveAnswer()).isEqualTo("About five days.");
	}

	@Test
	void effectiveAnswerSummarisesTheBodyWithoutMarkdown() {
		String body = """
				# Refunds

				Refunds take **5 business days** after we receive the item. See [our policy](https://example.com/p).

				```
				code that is not prose
				```

				- More details follow here.
				""";
		ArticleContent content = ArticleContent.builder("a", "t", body).build();

		assertThat(content.effectiveAnswer()).isEqualTo(
				"Refunds take 5 business days after we receive the item. See our policy. More details follow here.");
	}

	@Test
	void effectiveAnswerKeepsWholeSentencesWithinAboutThreeHundredCharacters() {
		String sentence = "This sentence has exactly some words in it to fill space. ";
		ArticleContent content = ArticleContent.builder("a", "t", sentence.repeat(20)).build();

		String answer = content.effectiveAnswer();

		assertThat(answer).hasSizeLessThanOrEqualTo(300).endsWith("space.");
		assertThat(answer.length()).isGreaterThan(200);
	}

	@Test
	void effectiveAnswerCutsChineseAtSentenceEnds() {
		String body = "退款将在五个工作日内到账。".repeat(40);

		String answer = ArticleContent.builder("a", "t", body).build().effectiveAnswer();

		assertThat(answer).endsWith("。").hasSizeLessThanOrEqualTo(300);
	}

	@Test
	void effectiveAnswerOfALongSentenceEndsWithAnEllipsis() {
		String answer = ArticleContent.builder("a", "t", "word ".repeat(200)).build().effectiveAnswer();

		assertThat(answer).endsWith("…").hasSizeLessThanOrEqualTo(300);
	}

	@Test
	void effectiveAnswerFallsBackToTheTitleWhenTheBodyHasNoProse() {
		assertThat(ArticleContent.builder("a", "The title", "---").build().effectiveAnswer()).isEqualTo("The title");
	}

	@Test
	void builderRoundTrips() {
		ArticleContent content = refund().answer("x").language("en").status(ArticleStatus.ARCHIVED).build();

		assertThat(content.toBuilder().build()).isEqualTo(content);
		assertThat(content.withLanguage("fr").language()).contains("fr");
	}

}

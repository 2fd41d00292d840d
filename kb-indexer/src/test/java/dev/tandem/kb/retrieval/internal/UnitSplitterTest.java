package dev.tandem.kb.retrieval.internal;

import java.util.List;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.retrieval.UnitKind;
import dev.tandem.kb.retrieval.internal.UnitSplitter.PlannedUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitSplitterTest {

	private final UnitSplitter splitter = new UnitSplitter(200);

	@Test
	void anArticleBecomesTitleQuestionsAndPassages() {
		ArticleContent article = ArticleContent
			.builder("refund-time", "How long a refund takes",
					"Refunds take **5 days**.\n\nSee [the policy](http://x).")
			.questions(List.of("when do I get my money back", "退款多久到账"))
			.build();
		List<PlannedUnit> units = this.splitter.split(article);
		assertThat(units).extracting(PlannedUnit::kind)
			.containsExactly(UnitKind.TITLE, UnitKind.QUESTION, UnitKind.QUESTION, UnitKind.PASSAGE);
		assertThat(units.get(2).language()).isEqualTo(Language.CHINESE);
		assertThat(units.get(1).language()).isEqualTo(Language.ENGLISH);
		assertThat(units.get(3).text()).isEqualTo("Refunds take 5 days. See the policy.");
	}

	@Test
	void longBodiesAreCutIntoPassagesAtSentenceBoundaries() {
		String sentence = "This sentence is about resetting a password in the portal. ";
		String body = sentence.repeat(12);
		List<String> passages = this.splitter.passages(body);
		assertThat(passages).hasSizeGreaterThan(2).allSatisfy((p) -> assertThat(p.length()).isLessThanOrEqualTo(200));
		assertThat(passages).allSatisfy((p) -> assertThat(p).endsWith("."));
	}

	@Test
	void aBodyThatRepeatsTheTitleAddsNoPassage() {
		ArticleContent article = ArticleContent.builder("a", "Card arrival", "Card arrival").build();
		assertThat(this.splitter.split(article)).extracting(PlannedUnit::kind).containsExactly(UnitKind.TITLE);
	}

}

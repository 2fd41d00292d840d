package dev.tandem.kb.analysis;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SynonymExpanderTest {

	private static final TextAnalyzer analyzer = new TextAnalyzer();

	private final SynonymExpander expander = new SynonymExpander(
			List.of(SynonymGroup.of("refund", "money back", "reimbursement"), SynonymGroup.of("退款", "退钱")), analyzer);

	@AfterAll
	static void close() {
		analyzer.close();
	}

	@Test
	void aWordExpandsToItsSynonymsIncludingPhrases() {
		List<SynonymExpansion> expansions = this.expander.expand(analyzer.tokens("How long do refunds take?"));
		assertThat(expansions).extracting(SynonymExpansion::added).containsExactly("money back", "reimbursement");
		assertThat(expansions.get(0).tokens()).isEqualTo(analyzer.tokens("money back"));
	}

	@Test
	void aPhraseMatchesOnlyAsAContiguousSequence() {
		assertThat(this.expander.expand(analyzer.tokens("I want my money back"))).extracting(SynonymExpansion::added)
			.containsExactly("refund", "reimbursement");
		assertThat(this.expander.expand(analyzer.tokens("back with more money"))).isEmpty();
	}

	@Test
	void chineseSynonymsExpand() {
		assertThat(this.expander.expand(analyzer.tokens("怎么退款"))).extracting(SynonymExpansion::added)
			.containsExactly("退钱");
	}

	@Test
	void aSynonymAlreadyInTheQuestionIsNotAddedAgain() {
		assertThat(this.expander.expand(analyzer.tokens("refund or reimbursement"))).extracting(SynonymExpansion::added)
			.containsExactly("money back");
	}

	@Test
	void groupsNeedTwoDistinctTerms() {
		assertThatIllegalArgumentException().isThrownBy(() -> SynonymGroup.of("refund", " refund "));
		assertThatIllegalArgumentException().isThrownBy(() -> SynonymGroup.of("refund", ""));
		assertThat(SynonymGroup.parse("refund, money  back，退款").terms()).containsExactly("refund", "money back", "退款");
	}

}

package dev.tandem.kb.analysis;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalyzerTest {

	private static final TextAnalyzer analyzer = new TextAnalyzer();

	@AfterAll
	static void close() {
		analyzer.close();
	}

	@Test
	void englishIsStemmedAndStopWordsDropped() {
		assertThat(analyzer.tokens("The refunds are taking so long")).containsExactly("refund", "take", "so", "long");
	}

	@Test
	void chineseIsSegmentedIntoWords() {
		assertThat(analyzer.tokens("我忘记密码了怎么办")).contains("忘记", "密码", "怎么办");
	}

	@Test
	void chineseAlsoGivesCharacterBigramsBesideItsWords() {
		List<String> tokens = analyzer.tokens("我忘记密码了");
		assertThat(tokens).contains("忘记", "密码", "记密", "码了");
		assertThat(tokens).filteredOn("忘记"::equals).hasSize(1);
	}

	@Test
	void fullWidthFormsReadAsHalfWidth() {
		assertThat(analyzer.tokens("ＶＰＮ　１２３")).containsExactly("vpn", "123");
	}

	@Test
	void mixedTextIsAnalysedPerScript() {
		List<String> tokens = analyzer.tokens("VPN连接失败 after updates");
		assertThat(tokens).contains("vpn", "连接", "失败", "updat");
	}

	@Test
	void punctuationAndBlankTextGiveNoTokens() {
		assertThat(analyzer.tokens("  ?! ，。 ")).isEmpty();
		assertThat(analyzer.tokens("")).isEmpty();
	}

	@Test
	void tokensNeverContainBlanks() {
		assertThat(analyzer.tokens("e-mail address, 电子 邮件")).allSatisfy((t) -> assertThat(t).doesNotContain(" "));
	}

	@Test
	void latinWordsAreRecognised() {
		assertThat(TextAnalyzer.isLatinWord("refund")).isTrue();
		assertThat(TextAnalyzer.isLatinWord("café")).isTrue();
		assertThat(TextAnalyzer.isLatinWord("3ds")).isFalse();
		assertThat(TextAnalyzer.isLatinWord("退款")).isFalse();
	}

}

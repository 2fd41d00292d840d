package dev.tandem.kb.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

	@Test
	void guessesChineseFromAShareOfHanCharacters() {
		assertThat(Language.guess("退款多久到账")).isEqualTo(Language.CHINESE);
		assertThat(Language.guess("VPN 连接失败")).isEqualTo(Language.CHINESE);
	}

	@Test
	void guessesEnglishForLatinTextAndTextWithoutLetters() {
		assertThat(Language.guess("when do I get my money back")).isEqualTo(Language.ENGLISH);
		assertThat(Language.guess("the word 谢谢 means thank you in Chinese, said often")).isEqualTo(Language.ENGLISH);
		assertThat(Language.guess("1234 ?")).isEqualTo(Language.ENGLISH);
	}

	@Test
	void readsLanguageTags() {
		assertThat(Language.ofTag("zh-CN")).contains(Language.CHINESE);
		assertThat(Language.ofTag("en_US")).contains(Language.ENGLISH);
		assertThat(Language.ofTag("de")).isEmpty();
		assertThat(Language.ofTag(" ")).isEmpty();
	}

}

package dev.tandem.understanding.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {

	private final LanguageDetector detector = new LanguageDetector();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "I cannot log in to my account|en", "refund|en", "我忘记密码了怎么办|zh", "VPN 连不上了|zh",
					"Ich kann mich nicht anmelden, bitte helfen Sie mir|de",
					"Je ne peux pas me connecter à mon compte|fr", "No puedo acceder a mi cuenta, por favor ayuda|es",
					"Não consigo acessar minha conta, por favor|pt", "Non riesco ad accedere al mio account, grazie|it",
					"パスワードを忘れました|ja", "비밀번호를 잊어버렸어요|ko", "Я не могу войти в систему|ru" })
	void detectsShortTexts(String text, String code) {
		assertThat(this.detector.detect(text).language().code()).isEqualTo(code);
	}

	@Test
	void reportsTheSecondLanguageOfMixedText() {
		LanguageDetection mixed = this.detector.detect("please help, 我的账号被锁了，无法登录 since yesterday morning");
		assertThat(mixed.isMixed()).isTrue();
		assertThat(mixed.includes(Language.ENGLISH)).isTrue();
		assertThat(mixed.includes(Language.CHINESE)).isTrue();
	}

	@Test
	void ignoresMaskingPlaceholders() {
		LanguageDetection detection = this.detector.detect("我叫[NAME]，手机[PHONE]，无法登录");
		assertThat(detection.language()).isEqualTo(Language.CHINESE);
		assertThat(detection.isMixed()).isFalse();
		assertThat(detection.evidence()).noneMatch((e) -> e.source().equals("language.default"));
	}

	@Test
	void saysUnknownWhenThereAreNoLetters() {
		assertThat(this.detector.detect("").language()).isEqualTo(Language.UNKNOWN);
		assertThat(this.detector.detect((String) null).language()).isEqualTo(Language.UNKNOWN);
		assertThat(this.detector.detect("12345 !!! 😀😀").language()).isEqualTo(Language.UNKNOWN);
		assertThat(this.detector.detect("\u0000\u0001\u0002").language()).isEqualTo(Language.UNKNOWN);
	}

	@Test
	void explainsItsDecision() {
		LanguageDetection detection = this.detector.detect("Die Seite lädt nicht und ich bin sehr verärgert");
		assertThat(detection.language()).isEqualTo(Language.GERMAN);
		assertThat(detection.evidence()).anySatisfy((e) -> assertThat(e.source()).isEqualTo("language.words"));
		assertThat(detection.confidence()).isBetween(0.5, 1.0);
	}

	@Test
	void readsIsoCodes() {
		assertThat(Language.fromCode("zh-CN")).contains(Language.CHINESE);
		assertThat(Language.fromCode("pt_BR")).contains(Language.PORTUGUESE);
		assertThat(Language.fromCode("xx")).isEmpty();
	}

}

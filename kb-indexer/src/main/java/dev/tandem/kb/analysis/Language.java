package dev.tandem.kb.analysis;

import java.util.Locale;
import java.util.Optional;

import dev.tandem.understanding.language.LanguageDetector;

/**
 * The languages retrieval analyses and embeds separately. Any other language is treated
 * as {@link #ENGLISH}: its words still get Latin tokenisation, and the English embedding
 * model still gives usable vectors for Latin-script text.
 */
public enum Language {

	ENGLISH("en"), CHINESE("zh");

	/** Thread-safe; loads its word profiles once. */
	private static final LanguageDetector DETECTOR = new LanguageDetector();

	private final String tag;

	Language(String tag) {
		this.tag = tag;
	}

	/** The BCP 47 primary tag: {@code en} or {@code zh}. */
	public String tag() {
		return this.tag;
	}

	/**
	 * The retrieval language of a BCP 47 tag: {@code zh}, {@code zh-CN}, {@code zh-Hant}
	 * are Chinese.
	 * @param tag a language tag
	 * @return the language, empty for a tag that names neither
	 */
	public static Optional<Language> ofTag(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
		return switch (primary) {
			case "zh", "cmn", "yue" -> Optional.of(CHINESE);
			case "en" -> Optional.of(ENGLISH);
			default -> Optional.empty();
		};
	}

	/**
	 * The retrieval language of a text, from the {@code understanding} module's
	 * {@link LanguageDetector} (scripts compared in word-sized units, function words for
	 * Latin text): Chinese, and the other CJK languages, whose characters only the
	 * Chinese model reads, are {@link #CHINESE}; everything else, including text without
	 * letters, is {@link #ENGLISH}. Mixed text like "VPN 连接失败" is Chinese.
	 * @param text any text
	 * @return the retrieval language
	 */
	public static Language guess(String text) {
		return switch (DETECTOR.detect(text).language()) {
			case CHINESE, JAPANESE, KOREAN -> CHINESE;
			default -> ENGLISH;
		};
	}

	/**
	 * Whether a code point is written in a CJK script (the analyser cuts text into runs
	 * by it).
	 */
	static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}

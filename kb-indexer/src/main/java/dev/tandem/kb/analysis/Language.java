package dev.tandem.kb.analysis;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages retrieval analyses and embeds separately. Any other language is treated
 * as {@link #ENGLISH}: its words still get Latin tokenisation, and the English embedding
 * model still gives usable vectors for Latin-script text.
 */
public enum Language {

	ENGLISH("en"), CHINESE("zh");

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
	 * Guesses the language of a text from its share of CJK characters among letters: a
	 * third or more makes it Chinese (Chinese needs few characters to say what English
	 * says in many letters, so mixed text like "VPN 连接失败" is Chinese).
	 * @param text any text
	 * @return the guess, {@link #ENGLISH} for text without letters
	 */
	public static Language guess(String text) {
		int letters = 0;
		int cjk = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (isCjk(codePoint)) {
				cjk++;
				letters++;
			}
			else if (Character.isLetter(codePoint)) {
				letters++;
			}
			i += Character.charCount(codePoint);
		}
		if (cjk == 0) {
			return ENGLISH;
		}
		// One Han character carries about as much as a short English word (4 letters).
		return (cjk * 4 >= (letters - cjk)) ? CHINESE : ENGLISH;
	}

	static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}

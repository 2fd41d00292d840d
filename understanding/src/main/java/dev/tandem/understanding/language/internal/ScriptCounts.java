package dev.tandem.understanding.language.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Letters per writing system, plus the Latin-script words (for stopword profiles).
 */
public final class ScriptCounts {

	/** The writing systems that decide a language (or a family of them) on their own. */
	public enum Script {

		HAN, KANA, HANGUL, CYRILLIC, ARABIC, GREEK, HEBREW, THAI, DEVANAGARI, LATIN

	}

	private final Map<Script, Integer> letters = new EnumMap<>(Script.class);

	private final List<String> latinWords = new ArrayList<>();

	private final StringBuilder latinAccents = new StringBuilder();

	private ScriptCounts() {
	}

	public static ScriptCounts of(String text) {
		ScriptCounts counts = new ScriptCounts();
		StringBuilder word = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			Script script = scriptOf(cp);
			if (script != null) {
				counts.letters.merge(script, 1, Integer::sum);
			}
			if (script == Script.LATIN) {
				word.appendCodePoint(Character.toLowerCase(cp));
				if (cp > 0x7F) {
					counts.latinAccents.appendCodePoint(Character.toLowerCase(cp));
				}
			}
			else if ((cp == '\'' || cp == '\u2019') && !word.isEmpty()) {
				word.append('\'');
			}
			else if (!word.isEmpty()) {
				counts.addWord(word);
			}
		}
		if (!word.isEmpty()) {
			counts.addWord(word);
		}
		return counts;
	}

	private void addWord(StringBuilder word) {
		String w = word.toString();
		while (w.endsWith("'")) {
			w = w.substring(0, w.length() - 1);
		}
		if (!w.isEmpty()) {
			this.latinWords.add(w.toLowerCase(Locale.ROOT));
		}
		word.setLength(0);
	}

	public int letters(Script script) {
		return this.letters.getOrDefault(script, 0);
	}

	public int totalLetters() {
		return this.letters.values().stream().mapToInt(Integer::intValue).sum();
	}

	public List<String> latinWords() {
		return this.latinWords;
	}

	/** Accented Latin letters (lower case), e.g. {@code äöüß} or {@code ñ}. */
	public String latinAccents() {
		return this.latinAccents.toString();
	}

	static Script scriptOf(int cp) {
		if (!Character.isLetter(cp)) {
			return null;
		}
		return switch (Character.UnicodeScript.of(cp)) {
			case HAN -> Script.HAN;
			case HIRAGANA, KATAKANA -> Script.KANA;
			case HANGUL -> Script.HANGUL;
			case CYRILLIC -> Script.CYRILLIC;
			case ARABIC -> Script.ARABIC;
			case GREEK -> Script.GREEK;
			case HEBREW -> Script.HEBREW;
			case THAI -> Script.THAI;
			case DEVANAGARI -> Script.DEVANAGARI;
			case LATIN -> Script.LATIN;
			default -> null;
		};
	}

}

package dev.tandem.kb.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the search tokens retrieval indexes and queries, whatever its language:
 * runs of CJK characters are segmented into words by Lucene's SmartChineseAnalyzer; all
 * other text goes through Lucene's EnglishAnalyzer (lower case, possessives, stop words,
 * Porter stemming), so "refunds" and "refund" meet and "我忘记密码了" becomes 我 / 忘记 / 密码 / 了.
 * Chinese runs also give their overlapping character bigrams (忘记 / 记密 / 密码 ...) beside
 * the words: segmentation splits the same phrase differently in two questions (or a rare
 * word into single characters), and the bigrams still meet. Text is NFKC-normalised
 * first, so full-width letters, digits and punctuation (ＡＢＣ１２３，) read as their half-width
 * forms. The Elasticsearch we run has none of these analysers (FACTS.md): tokens are made
 * here and indexed into a whitespace-analysed field.
 * <p>
 * Thread-safe; the Lucene analysers keep per-thread state.
 */
public final class TextAnalyzer implements AutoCloseable {

	private final Analyzer english = new EnglishAnalyzer();

	private final Analyzer chinese = new SmartChineseAnalyzer();

	/**
	 * The tokens of a text, in order.
	 * @param text any text, may mix languages
	 * @return the tokens, none containing blanks
	 */
	public List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return tokens;
		}
		text = Normalizer.normalize(text, Normalizer.Form.NFKC);
		int runStart = 0;
		boolean runIsCjk = false;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			boolean cjk = Language.isCjk(codePoint);
			if (i > runStart && cjk != runIsCjk) {
				analyse(text.substring(runStart, i), runIsCjk, tokens);
				runStart = i;
			}
			runIsCjk = cjk;
			i += Character.charCount(codePoint);
		}
		analyse(text.substring(runStart), runIsCjk, tokens);
		return tokens;
	}

	/**
	 * Tells whether a token is a Latin-script word (typo correction applies to these).
	 */
	public static boolean isLatinWord(String token) {
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c > 0x24F || !Character.isLetter(c)) {
				return false;
			}
		}
		return !token.isEmpty();
	}

	private void analyse(String run, boolean cjk, List<String> into) {
		if (run.isBlank()) {
			return;
		}
		Analyzer analyzer = cjk ? this.chinese : this.english;
		int wordsFrom = into.size();
		try (TokenStream stream = analyzer.tokenStream("text", new StringReader(run))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String token = term.toString().strip();
				// SmartChineseAnalyzer emits punctuation it does not drop as "," tokens.
				if (!token.isEmpty() && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
					into.add(token.replaceAll("\\s+", "_"));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			// Reading from a String does not fail; keep the signature honest anyway.
			throw new UncheckedIOException(ex);
		}
		if (cjk) {
			addBigrams(run, into, wordsFrom);
		}
	}

	/**
	 * Adds the overlapping character bigrams of a CJK run that are not already one of its
	 * words (a two-character word counts once).
	 */
	private static void addBigrams(String run, List<String> into, int wordsFrom) {
		java.util.Set<String> words = new java.util.HashSet<>(into.subList(wordsFrom, into.size()));
		int[] letters = run.codePoints().filter(Character::isLetterOrDigit).toArray();
		for (int i = 0; i + 1 < letters.length; i++) {
			String bigram = new String(letters, i, 2);
			if (!words.contains(bigram)) {
				into.add(bigram);
			}
		}
	}

	@Override
	public void close() {
		this.english.close();
		this.chinese.close();
	}

}

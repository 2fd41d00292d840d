package dev.tandem.kb.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typo tolerance against the knowledge base's own vocabulary: a Latin-script question
 * word the knowledge base does not contain is read as the most frequent known word within
 * one edit (two for words of eight letters or more; transpositions count as one). Known
 * words are never changed, so a correct but rare word is not "corrected" into a common
 * one, which is what blanket fuzzy matching does. Chinese words are left alone: one
 * character off is a different word.
 */
public final class TypoCorrector {

	private static final int MIN_LENGTH = 4;

	private final Vocabulary vocabulary;

	public TypoCorrector(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * The corrections for a question.
	 * @param queryTokens the question's tokens
	 * @return one correction per unknown token that has a close known word
	 */
	public List<TypoCorrection> corrections(List<String> queryTokens) {
		List<TypoCorrection> corrections = new ArrayList<>();
		for (String token : queryTokens) {
			if (token.length() >= MIN_LENGTH && TextAnalyzer.isLatinWord(token) && !this.vocabulary.contains(token)) {
				correct(token).ifPresent(corrections::add);
			}
		}
		return corrections;
	}

	private Optional<TypoCorrection> correct(String token) {
		int allowed = (token.length() >= 8) ? 2 : 1;
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		int bestFrequency = -1;
		for (Map.Entry<String, Integer> entry : this.vocabulary.documentFrequencies().entrySet()) {
			String known = entry.getKey();
			if (Math.abs(known.length() - token.length()) > allowed || !TextAnalyzer.isLatinWord(known)) {
				continue;
			}
			int distance = distance(token, known, allowed);
			if (distance <= allowed
					&& (distance < bestDistance || (distance == bestDistance && entry.getValue() > bestFrequency))) {
				best = known;
				bestDistance = distance;
				bestFrequency = entry.getValue();
			}
		}
		return (best != null) ? Optional.of(new TypoCorrection(token, best, bestDistance)) : Optional.empty();
	}

	/**
	 * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of
	 * one substring), giving up early once every cell of a row exceeds {@code limit}.
	 */
	static int distance(String a, String b, int limit) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, d[i - 2][j - 2] + 1);
				}
				d[i][j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > limit) {
				return rowMin;
			}
		}
		return d[a.length()][b.length()];
	}

}

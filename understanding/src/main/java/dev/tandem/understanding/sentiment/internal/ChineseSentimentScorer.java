package dev.tandem.understanding.sentiment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese lexicon scoring without word segmentation: longest-match lookup over the
 * characters, so {@code 不错} (positive) beats {@code 不} + {@code 错}. A negator ({@code 不},
 * {@code 没有}, {@code 一点也不}) flips the next sentiment word within a few characters of the
 * same clause; degree words ({@code 很}, {@code 太}, {@code 有点}) scale it; a contrast word
 * ({@code 但是}, {@code 不过}) weakens what came before and strengthens what follows.
 */
public final class ChineseSentimentScorer {

	private static final double NEGATION = -0.8;

	/** How many characters a negator or degree word reaches forward. */
	private static final int REACH = 4;

	/**
	 * A positive word the customer only wishes for counts this much (and turns negative).
	 */
	private static final double WISHED = -0.3;

	private static final String NUMBER = "0123456789０１２３４５６７８９一二两三四五六七八九十半";

	private static final String CLAUSE_END = "，。！？；,.!?;\n~～…";

	private final Map<String, Double> lexicon = new HashMap<>();

	private final Map<String, Double> degrees = new HashMap<>();

	private final Map<String, Boolean> negators = new HashMap<>();

	private final Map<String, Boolean> contrasts = new HashMap<>();

	private final Map<String, Boolean> comparatives = new HashMap<>();

	private final Map<String, Boolean> wishes = new HashMap<>();

	private final int longest;

	public ChineseSentimentScorer() {
		Lexicons.readValences("zh-lexicon.tsv", this.lexicon);
		Lexicons.read("zh-modifiers.tsv", (line, columns) -> {
			switch (columns[0]) {
				case "negator" -> this.negators.put(columns[1], true);
				case "degree" -> this.degrees.put(columns[1], Double.parseDouble(columns[2]));
				case "contrast" -> this.contrasts.put(columns[1], true);
				case "comparative" -> this.comparatives.put(columns[1], true);
				case "wish" -> this.wishes.put(columns[1], true);
				default -> throw new IllegalStateException("zh-modifiers.tsv line " + line + ": unknown kind");
			}
		});
		int max = 1;
		for (Map<String, ?> map : List.of(this.lexicon, this.degrees, this.negators, this.contrasts, this.comparatives,
				this.wishes)) {
			for (String key : map.keySet()) {
				max = Math.max(max, key.length());
			}
		}
		this.longest = max;
	}

	public List<ScoredTerm> score(String text) {
		if (text.codePoints().noneMatch((cp) -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
			return List.of();
		}
		List<ScoredTerm> terms = new ArrayList<>();
		List<Integer> clauseOf = new ArrayList<>();
		int lastContrastClause = -1;
		int clause = 0;
		boolean negated = false;
		String negator = "";
		double degree = 1;
		String degreeWord = "";
		int reachEnd = -1;
		String wish = "";
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (CLAUSE_END.indexOf(c) >= 0) {
				clause++;
				negated = false;
				degree = 1;
				wish = "";
				i++;
				continue;
			}
			if (i > reachEnd) {
				negated = false;
				degree = 1;
			}
			String match = longestMatch(text, i);
			if (match == null) {
				i++;
				continue;
			}
			int end = i + match.length();
			boolean sentiment = this.lexicon.containsKey(match);
			// "好" is both a word and a degree adverb: before another sentiment word it is
			// the adverb (好慢).
			if (sentiment && this.degrees.containsKey(match) && startsSentiment(text, end)) {
				sentiment = false;
			}
			if (sentiment && this.lexicon.get(match) == 0) {
				// a neutral word that contains a sentiment word (快递, 香菜, 差不多): skip it
				// whole
				i = end;
				continue;
			}
			if (sentiment && "快".equals(match) && end < text.length() && NUMBER.indexOf(text.charAt(end)) >= 0) {
				// 快 before a number is "almost" (快两个小时), not "fast"
				i = end;
				continue;
			}
			if (sentiment) {
				double valence = this.lexicon.get(match) * degree;
				List<String> notes = new ArrayList<>();
				if (degree != 1) {
					notes.add("scaled by '" + degreeWord + "'");
				}
				if (negated) {
					valence *= NEGATION;
					notes.add("negated by '" + negator + "'");
				}
				if (!wish.isEmpty()) {
					// 希望下次能准时: what the customer wishes for did not happen
					valence = (valence > 0) ? valence * WISHED : valence * 0.5;
					notes.add("wished for after '" + wish + "'");
				}
				terms.add(new ScoredTerm(match, valence, String.join(", ", notes)));
				clauseOf.add(clause);
				negated = false;
				degree = 1;
			}
			else if (this.negators.containsKey(match)) {
				negated = !negated;
				negator = match;
				reachEnd = end + REACH - 1;
			}
			else if (this.comparatives.containsKey(match)) {
				// 不如店里的好吃: the comparison reaches to the end of the clause
				negated = true;
				negator = match;
				reachEnd = clauseEnd(text, end);
			}
			else if (this.degrees.containsKey(match)) {
				// A degree word after a negator softens the negation (不太好 is milder than
				// 太不好).
				degree = negated ? Math.min(degree, 0.6) : degree * this.degrees.get(match);
				degreeWord = match;
				reachEnd = end + REACH - 1;
			}
			else if (this.contrasts.containsKey(match)) {
				lastContrastClause = clause;
				negated = false;
			}
			else if (this.wishes.containsKey(match)) {
				wish = match;
			}
			i = end;
		}
		return (lastContrastClause < 0) ? terms : weighContrast(terms, clauseOf, lastContrastClause);
	}

	private static int clauseEnd(String text, int from) {
		int at = from;
		while (at < text.length() && CLAUSE_END.indexOf(text.charAt(at)) < 0) {
			at++;
		}
		return at;
	}

	private static List<ScoredTerm> weighContrast(List<ScoredTerm> terms, List<Integer> clauseOf, int contrastClause) {
		List<ScoredTerm> weighed = new ArrayList<>(terms.size());
		for (int t = 0; t < terms.size(); t++) {
			ScoredTerm term = terms.get(t);
			boolean before = clauseOf.get(t) < contrastClause;
			String note = (term.note().isEmpty() ? "" : term.note() + ", ")
					+ (before ? "before a contrast" : "after a contrast");
			weighed.add(new ScoredTerm(term.term(), term.valence() * (before ? 0.5 : 1.5), note));
		}
		return weighed;
	}

	private boolean startsSentiment(String text, int at) {
		for (int n = Math.min(this.longest, text.length() - at); n >= 1; n--) {
			if (this.lexicon.containsKey(text.substring(at, at + n))) {
				return true;
			}
		}
		return false;
	}

	private String longestMatch(String text, int at) {
		for (int n = Math.min(this.longest, text.length() - at); n >= 1; n--) {
			String candidate = text.substring(at, at + n);
			if (this.lexicon.containsKey(candidate) || this.negators.containsKey(candidate)
					|| this.degrees.containsKey(candidate) || this.contrasts.containsKey(candidate)
					|| this.comparatives.containsKey(candidate) || this.wishes.containsKey(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}

package dev.tandem.understanding.sentiment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English lexicon scoring after VADER (Hutto and Gilbert, 2014): the VADER lexicon plus
 * customer-service phrases, boosters within three words, negation ({@code not happy},
 * {@code isn't working}), ALL-CAPS emphasis when the rest is not shouted, and "but"
 * shifting weight to what follows.
 */
public final class EnglishSentimentScorer {

	private static final double BOOST = 0.293;

	private static final double CAPS = 0.733;

	static final double NEGATION = -0.74;

	private static final Set<String> NEGATORS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "didnt", "doesnt",
			"dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "never", "none", "nope", "nor",
			"not", "nothing", "nowhere", "shouldnt", "wasnt", "werent", "without", "wont", "wouldnt", "rarely",
			"seldom", "despite", "no");

	private static final Set<String> INCREASE = Set.of("absolutely", "amazingly", "awfully", "completely",
			"considerably", "decidedly", "deeply", "enormously", "entirely", "especially", "exceptionally", "extremely",
			"fabulously", "fully", "greatly", "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most",
			"particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "totally",
			"tremendously", "unbelievably", "unusually", "utterly", "very", "fucking", "super", "way", "too");

	private static final Set<String> DECREASE = Set.of("almost", "barely", "hardly", "kinda", "less", "little",
			"marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "sorta", "bit");

	private final Map<String, Double> lexicon = new HashMap<>();

	private final int longestPhrase;

	public EnglishSentimentScorer() {
		Lexicons.readValences("vader-lexicon.tsv", this.lexicon);
		Lexicons.readValences("en-domain.tsv", this.lexicon);
		this.longestPhrase = this.lexicon.keySet().stream().mapToInt((k) -> k.split(" ").length).max().orElse(1);
	}

	public List<ScoredTerm> score(String text) {
		List<String> tokens = tokens(text);
		List<String> lower = tokens.stream().map((t) -> t.toLowerCase(Locale.ROOT)).toList();
		long caps = tokens.stream().filter(EnglishSentimentScorer::isShouted).count();
		boolean capsStandOut = caps > 0 && caps < tokens.size();
		int but = lower.indexOf("but");
		List<ScoredTerm> terms = new ArrayList<>();
		int i = 0;
		while (i < lower.size()) {
			int span = phraseLength(lower, i);
			String term = String.join(" ", lower.subList(i, i + Math.max(span, 1)));
			Double base = (span > 0) ? this.lexicon.get(term) : null;
			if (base == null || isBooster(term) || ("no".equals(term) && nextIsSentiment(lower, i + 1))) {
				i += Math.max(span, 1);
				continue;
			}
			double valence = base;
			List<String> notes = new ArrayList<>();
			if (capsStandOut && isShouted(tokens.get(i))) {
				valence += Math.signum(valence) * CAPS;
				notes.add("CAPS");
			}
			for (int back = 1; back <= 3 && i - back >= 0; back++) {
				String before = lower.get(i - back);
				if (this.lexicon.containsKey(before) && !"no".equals(before)) {
					continue;
				}
				double damping = (back == 1) ? 1 : (back == 2) ? 0.95 : 0.9;
				double boost = boost(before, tokens.get(i - back), valence, capsStandOut) * damping;
				if (boost != 0) {
					valence += boost;
					notes.add("intensified by '" + before + "'");
				}
				if (isNegator(before)) {
					boolean neverSo = back > 1 && "never".equals(before)
							&& Set.of("so", "this").contains(lower.get(i - back + 1));
					valence *= neverSo ? 1.25 : NEGATION;
					notes.add(neverSo ? "emphasised by 'never so'" : "negated by '" + before + "'");
					break;
				}
			}
			if (but >= 0) {
				valence *= (i < but) ? 0.5 : (i > but) ? 1.5 : 1;
				notes.add((i < but) ? "before 'but'" : "after 'but'");
			}
			terms.add(new ScoredTerm(tokens.subList(i, i + span).stream().reduce((a, b) -> a + " " + b).orElse(term),
					valence, String.join(", ", notes)));
			i += span;
		}
		return terms;
	}

	private int phraseLength(List<String> lower, int at) {
		for (int n = Math.min(this.longestPhrase, lower.size() - at); n >= 1; n--) {
			if (this.lexicon.containsKey(String.join(" ", lower.subList(at, at + n)))) {
				return n;
			}
		}
		return 0;
	}

	private boolean nextIsSentiment(List<String> lower, int at) {
		return at < lower.size() && this.lexicon.containsKey(lower.get(at));
	}

	private static boolean isBooster(String word) {
		return INCREASE.contains(word) || DECREASE.contains(word);
	}

	private static double boost(String lower, String original, double valence, boolean capsStandOut) {
		double scalar = INCREASE.contains(lower) ? BOOST : DECREASE.contains(lower) ? -BOOST : 0;
		if (scalar == 0) {
			return 0;
		}
		if (valence < 0) {
			scalar = -scalar;
		}
		if (capsStandOut && isShouted(original)) {
			scalar += (valence > 0) ? CAPS : -CAPS;
		}
		return scalar;
	}

	static boolean isNegator(String lower) {
		String plain = lower.replace("'", "");
		return NEGATORS.contains(plain) || lower.endsWith("n't");
	}

	private static boolean isShouted(String token) {
		int letters = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters > 1;
	}

	/**
	 * Whitespace tokens with surrounding punctuation removed, except emoticons such as
	 * {@code :)} that are lexicon entries themselves.
	 */
	List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		for (String raw : text.replace('\u2019', '\'').split("\\s+")) {
			if (raw.isEmpty()) {
				continue;
			}
			if (raw.length() <= 4 && this.lexicon.containsKey(raw.toLowerCase(Locale.ROOT)) && !isWordish(raw)) {
				tokens.add(raw);
				continue;
			}
			int from = 0;
			int to = raw.length();
			while (from < to && !isWordChar(raw.charAt(from))) {
				from++;
			}
			while (to > from && !isWordChar(raw.charAt(to - 1))) {
				to--;
			}
			String word = raw.substring(from, to);
			if (word.length() > 1 || "i".equalsIgnoreCase(word)) {
				tokens.add(word);
			}
		}
		return tokens;
	}

	private static boolean isWordish(String raw) {
		return raw.chars().allMatch(Character::isLetterOrDigit);
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '\'';
	}

}

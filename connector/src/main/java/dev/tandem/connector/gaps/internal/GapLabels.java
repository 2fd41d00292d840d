package dev.tandem.connector.gaps.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.TextAnalyzer;

/**
 * Names a cluster by its most distinctive words: frequent in the cluster's tickets, rare
 * in the other gap tickets (class-based TF-IDF). Words are shown as written (lower case),
 * not stemmed, so a knowledge manager reads "refund invoice" rather than "refund invoic".
 */
public final class GapLabels {

	private static final Pattern LATIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");

	private static final Pattern MASK = Pattern.compile("\\[[A-Z_]+\\]");

	/** Words of every support ticket that say nothing about its topic. */
	private static final Set<String> GENERIC = Set.of("please", "help", "hello", "thanks", "thank", "can't", "cannot",
			"i'm", "don't", "doesn't", "won't", "get", "got", "need", "want", "would", "could", "like", "hi", "dear",
			"team", "support", "issue", "problem", "question", "still", "also", "just", "know", "tell", "how", "what",
			"why", "when", "where", "which", "who", "my", "me", "you", "your", "our", "we", "can", "do", "does", "did",
			"have", "has", "had", "am", "is", "are", "was", "were", "been", "be", "it's", "i've", "i'd", "there",
			"their", "them", "this", "that", "these", "those", "with", "from", "about", "some", "any", "all", "one",
			"use", "using", "today", "yesterday", "regards", "urgent", "asap", "way", "make", "made", "again", "now",
			"since", "after", "before", "us", "i", "it", "on", "in", "to", "for", "of", "a", "an", "the", "and", "or",
			"not", "no", "yes", "if", "so", "at", "by", "as", "but", "up", "out", "into", "will", "should", "may",
			"might", "must", "able", "keep", "keeps", "trying", "try", "tried", "anyone", "someone", "something",
			"please,", "thx", "pls", "already", "even", "really", "very", "much", "many", "more", "most", "other",
			"another", "new", "see", "seems", "going", "back", "let", "lets", "let's", "okay", "ok", "then", "than",
			"they", "such", "its", "only", "own", "same", "too", "here", "while", "each", "both", "because", "being");

	private static final Set<String> CHINESE_GENERIC = Set.of("怎么", "怎么办", "如何", "为什么", "什么", "一下", "可以", "没有", "问题",
			"请问", "你们", "我们", "谢谢", "您好", "你好", "需要", "帮忙", "帮助", "不能", "无法", "已经", "还是", "这个", "那个", "现在", "一直");

	private final TextAnalyzer analyzer;

	public GapLabels(TextAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The label words of a ticket, weighted: words of its summary (the customer's own
	 * headline) weigh 2, words of its description 1, words in both 3.
	 */
	public Map<String, Integer> words(String summary, String description) {
		Map<String, Integer> weights = new HashMap<>();
		words(summary).forEach((word) -> weights.merge(word, 2, Integer::sum));
		words(description).forEach((word) -> weights.merge(word, 1, Integer::sum));
		return weights;
	}

	/** The distinct label words of a text. */
	public Set<String> words(String text) {
		String plain = MASK.matcher(text).replaceAll(" ");
		Set<String> words = new LinkedHashSet<>();
		if (Language.guess(plain) == Language.CHINESE) {
			for (String token : this.analyzer.tokens(plain)) {
				if (token.codePoints().anyMatch(GapLabels::isHan) && token.codePointCount(0, token.length()) >= 2
						&& !CHINESE_GENERIC.contains(token)) {
					words.add(token);
				}
			}
		}
		Matcher latin = LATIN_WORD.matcher(plain.toLowerCase(Locale.ROOT));
		while (latin.find()) {
			String word = latin.group();
			if (word.length() >= 3 && word.codePoints().noneMatch(GapLabels::isHan) && !GENERIC.contains(word)
					&& !word.chars().allMatch(Character::isDigit)) {
				words.add(word);
			}
		}
		return words;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/**
	 * The most distinctive words of each cluster.
	 * @param clusters per cluster, the weighted words of its tickets
	 * @param max words per label
	 * @return per cluster, its label words, most distinctive first
	 */
	public List<List<String>> label(List<List<Map<String, Integer>>> clusters, int max) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		int documents = 0;
		for (List<Map<String, Integer>> cluster : clusters) {
			for (Map<String, Integer> words : cluster) {
				documents++;
				words.keySet().forEach((word) -> documentFrequency.merge(word, 1, Integer::sum));
			}
		}
		int total = documents;
		List<List<String>> labels = new ArrayList<>();
		for (List<Map<String, Integer>> cluster : clusters) {
			Map<String, Integer> weight = new HashMap<>();
			cluster.forEach((words) -> words.forEach((word, value) -> weight.merge(word, value, Integer::sum)));
			labels.add(weight.entrySet()
				.stream()
				.sorted(Comparator
					.comparingDouble((Map.Entry<String, Integer> entry) -> -entry.getValue()
							* Math.log(1.0 + (double) total / documentFrequency.get(entry.getKey())))
					.thenComparing(Map.Entry::getKey))
				.map(Map.Entry::getKey)
				.limit(max)
				.toList());
		}
		return labels;
	}

}

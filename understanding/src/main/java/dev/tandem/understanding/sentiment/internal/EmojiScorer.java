package dev.tandem.understanding.sentiment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emoji valence, in any language. A repeated emoji counts with diminishing weight so a
 * row of ten does not drown the words.
 */
public final class EmojiScorer {

	private final Map<Integer, Double> valences = new HashMap<>();

	public EmojiScorer() {
		Lexicons.read("emoji.tsv", (line, columns) -> this.valences.put(columns[0].codePointAt(0),
				Double.parseDouble(columns[1].strip())));
	}

	public List<ScoredTerm> score(String text) {
		Map<Integer, Integer> seen = new HashMap<>();
		List<ScoredTerm> terms = new ArrayList<>();
		text.codePoints().forEach((cp) -> {
			Double valence = this.valences.get(cp);
			if (valence != null) {
				int count = seen.merge(cp, 1, Integer::sum);
				if (count <= 3) {
					terms.add(new ScoredTerm(Character.toString(cp), valence / count, (count > 1) ? "repeated" : ""));
				}
			}
		});
		return terms;
	}

}

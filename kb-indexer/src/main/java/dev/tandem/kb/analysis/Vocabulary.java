package dev.tandem.kb.analysis;

import java.util.Map;

/**
 * The search tokens a knowledge base contains, with the number of units each occurs in.
 *
 * @param documentFrequencies token to the number of units containing it
 */
public record Vocabulary(Map<String, Integer> documentFrequencies) {

	public Vocabulary {
		documentFrequencies = Map.copyOf(documentFrequencies);
	}

	public static Vocabulary empty() {
		return new Vocabulary(Map.of());
	}

	public boolean contains(String token) {
		return this.documentFrequencies.containsKey(token);
	}

	public int size() {
		return this.documentFrequencies.size();
	}

}

package dev.tandem.connector.gaps;

import java.util.List;
import java.util.Locale;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.embedding.TextEmbedder;

/**
 * A stand-in for the sentence models in unit tests: hashed bag of words, unit length.
 * Texts sharing most words are similar, texts sharing none are orthogonal.
 */
final class WordCountEmbedder implements TextEmbedder {

	private static final int DIMENSIONS = 256;

	private long embedded;

	@Override
	public List<float[]> embedAll(List<String> texts, Language language) {
		this.embedded += texts.size();
		return texts.stream().map(WordCountEmbedder::vector).toList();
	}

	@Override
	public int dimensions(Language language) {
		return DIMENSIONS;
	}

	@Override
	public long textsEmbedded() {
		return this.embedded;
	}

	private static float[] vector(String text) {
		float[] vector = new float[DIMENSIONS];
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 2) {
				vector[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
			}
		}
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		for (int i = 0; i < DIMENSIONS; i++) {
			vector[i] /= (float) Math.max(Math.sqrt(norm), 1e-9);
		}
		return vector;
	}

}

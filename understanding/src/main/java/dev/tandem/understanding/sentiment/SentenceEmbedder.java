package dev.tandem.understanding.sentiment;

import java.util.List;

/**
 * Sentence embeddings from the caller's model (this library ships none). Vectors must be
 * unit length, all of one model, so that a dot product is the cosine; a precomputed
 * vector handed to {@link SentimentAnalyzer} must come from the same model.
 */
@FunctionalInterface
public interface SentenceEmbedder {

	/**
	 * Embeds texts, one unit-length vector per text, in the same order.
	 * @param texts the texts
	 * @return their vectors
	 */
	List<float[]> embedAll(List<String> texts);

}

package dev.tandem.kb.embedding;

import java.util.List;

import dev.tandem.kb.analysis.Language;

/**
 * Sentence embeddings, one model per language (their vectors are not comparable across
 * languages, nor of equal length). Vectors are L2-normalised, so a dot product is the
 * cosine.
 */
public interface TextEmbedder {

	/**
	 * Embeds one text.
	 * @param text the text
	 * @param language which model to use
	 * @return the unit-length vector
	 */
	default float[] embed(String text, Language language) {
		return embedAll(List.of(text), language).get(0);
	}

	/**
	 * Embeds texts in batches (much faster per text than one by one).
	 * @param texts the texts
	 * @param language which model to use
	 * @return one vector per text, same order
	 */
	List<float[]> embedAll(List<String> texts, Language language);

	/** Length of the vectors of a language's model. */
	int dimensions(Language language);

	/** How many texts this embedder has embedded since it was created. */
	long textsEmbedded();

}

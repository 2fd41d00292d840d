package dev.tandem.understanding.sentiment;

import java.util.List;
import java.util.Optional;

import dev.tandem.understanding.sentiment.internal.PrototypeScorer;
import dev.tandem.understanding.sentiment.internal.PrototypeScorer.Vote;

/**
 * A second, zero-shot sentiment signal for Chinese: how close a ticket's sentence
 * embedding is to hand-written positive, negative and plain-request example sentences
 * ({@code zh-prototypes.tsv}, shipped with the library). It catches what a lexicon misses
 * (reviews and complaints without any sentiment word, "等了两个小时才送到"). Thread-safe; the
 * examples are embedded once, on first use, so a process that never sees Chinese never
 * loads the model.
 *
 * <pre>
 * SentimentPrototypes prototypes = SentimentPrototypes.chinese((texts) -> bge.embedAll(texts, CHINESE));
 * new SentimentAnalyzer(detector, settings, Optional.of(prototypes));
 * </pre>
 */
public final class SentimentPrototypes {

	private final SentenceEmbedder embedder;

	private final PrototypeScorer scorer;

	private SentimentPrototypes(SentenceEmbedder embedder, PrototypeScorer scorer) {
		this.embedder = embedder;
		this.scorer = scorer;
	}

	/**
	 * Prototypes for Chinese text.
	 * @param embedder a Chinese sentence-embedding model (the connector's bge-small-zh),
	 * giving unit-length vectors
	 * @return the prototypes; nothing is embedded until the first use
	 */
	public static SentimentPrototypes chinese(SentenceEmbedder embedder) {
		return new SentimentPrototypes(embedder, PrototypeScorer.fromResource("zh-prototypes.tsv", embedder));
	}

	/** The vector of a text, from the same model as the examples. */
	public float[] embed(String text) {
		return this.embedder.embedAll(List.of(text)).get(0);
	}

	/**
	 * How many example sentences there are of each kind (positive, negative, neutral).
	 */
	public int size() {
		return this.scorer.size();
	}

	Optional<Vote> vote(float[] embedding) {
		return this.scorer.vote(embedding);
	}

}

package dev.tandem.kb.retrieval;

import java.time.Duration;

/**
 * What one indexing run did, with the figures import throughput is judged by.
 *
 * @param articles articles indexed (or removed, when archived)
 * @param units units written
 * @param textsEmbedded texts embedded
 * @param embeddingTime time spent inside the embedding models
 * @param totalTime wall time of the whole run
 */
public record IndexingReport(int articles, int units, long textsEmbedded, Duration embeddingTime, Duration totalTime) {

	/** Texts embedded per second of wall time: the import rate. */
	public double textsPerSecond() {
		return this.textsEmbedded / Math.max(1e-9, this.totalTime.toNanos() / 1e9);
	}

	/**
	 * Texts embedded per second inside the models: the raw embedding rate of this run.
	 */
	public double embeddingTextsPerSecond() {
		return this.textsEmbedded / Math.max(1e-9, this.embeddingTime.toNanos() / 1e9);
	}

}

package dev.tandem.kb.retrieval;

/** Told how far a long indexing run is. */
@FunctionalInterface
public interface IndexingProgress {

	/**
	 * @param unitsDone units embedded and sent so far
	 * @param unitsTotal units of the run
	 */
	void progressed(int unitsDone, int unitsTotal);

	static IndexingProgress none() {
		return (done, total) -> {
		};
	}

}

package dev.tandem.kb.analysis;

/**
 * A question word the knowledge base does not know, read as a known one.
 *
 * @param original the question's token
 * @param corrected the knowledge base's token it was read as
 * @param distance edit distance between the two (1 or 2)
 */
public record TypoCorrection(String original, String corrected, int distance) {

	@Override
	public String toString() {
		return this.original + " -> " + this.corrected;
	}

}

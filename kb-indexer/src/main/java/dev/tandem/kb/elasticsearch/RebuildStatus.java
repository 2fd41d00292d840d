package dev.tandem.kb.elasticsearch;

/**
 * Where a rebuild of one store stands.
 *
 * @param store the store being rebuilt
 * @param phase what it is doing
 * @param copied documents copied so far in this phase
 * @param total documents to copy in this phase, when known (otherwise -1)
 */
public record RebuildStatus(String store, Phase phase, long copied, long total) {

	public enum Phase {

		/** Copying every document of the old index into the new one. */
		COPYING,

		/** Copying documents written to the old index while the copy ran. */
		CATCHING_UP,

		/** Old index blocked for writes for a last catch-up, then the alias switches. */
		SWITCHING,

		/** The alias points to the new index. */
		SWITCHED

	}

}

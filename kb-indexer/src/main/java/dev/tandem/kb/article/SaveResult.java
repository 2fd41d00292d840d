package dev.tandem.kb.article;

import java.util.Objects;

/**
 * What {@link ArticleRepository#save} did.
 *
 * @param outcome created, updated or unchanged
 * @param version the article's current version after the save (for
 * {@link Outcome#UNCHANGED} the existing one)
 */
public record SaveResult(Outcome outcome, ArticleVersion version) {

	public SaveResult {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(version, "version");
	}

	public enum Outcome {

		/** The id was new: version 1 was stored. */
		CREATED,

		/** The content differed from the current version: a new version was stored. */
		UPDATED,

		/** The content hash equals the current version's: nothing was stored. */
		UNCHANGED

	}

}

package dev.tandem.kb.article;

import java.util.Optional;

/**
 * What {@link ArticleRepository#saveAll} did with one article: saved (created, updated or
 * unchanged), or not, and why.
 *
 * @param result the save's result when it was saved
 * @param failure why it was not saved
 */
public record SaveAttempt(Optional<SaveResult> result, Optional<ArticleStoreException> failure) {

	public SaveAttempt {
		if (result.isPresent() == failure.isPresent()) {
			throw new IllegalArgumentException("exactly one of result and failure");
		}
	}

	public static SaveAttempt saved(SaveResult result) {
		return new SaveAttempt(Optional.of(result), Optional.empty());
	}

	public static SaveAttempt failed(ArticleStoreException failure) {
		return new SaveAttempt(Optional.empty(), Optional.of(failure));
	}

}

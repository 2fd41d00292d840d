package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Turning the human resolution of this ticket into a knowledge-base draft: pending until
 * done, retried when Jira or Elasticsearch fail, so a resolution is never lost.
 *
 * @param status where it stands
 * @param attempts attempts made
 * @param dueAt when the next attempt is due (PENDING only)
 * @param resolutionId the {@link ResolutionChange#id()} it harvests
 * @param articleId the draft or suggestion made
 * @param note what happened last, readable by a person
 */
public record HarvestStep(Status status, int attempts, Optional<Instant> dueAt, String resolutionId,
		Optional<String> articleId, String note) {

	public HarvestStep {
		Objects.requireNonNull(status, "status");
		dueAt = Objects.requireNonNullElse(dueAt, Optional.empty());
		resolutionId = Objects.requireNonNullElse(resolutionId, "");
		articleId = Objects.requireNonNullElse(articleId, Optional.empty());
		note = Objects.requireNonNullElse(note, "");
	}

	public static HarvestStep pending(String resolutionId, Instant now) {
		return new HarvestStep(Status.PENDING, 0, Optional.of(now), resolutionId, Optional.empty(),
				"resolved by a person");
	}

	public HarvestStep retryAt(Instant due, String why) {
		return new HarvestStep(Status.PENDING, this.attempts + 1, Optional.of(due), this.resolutionId, this.articleId,
				why);
	}

	public HarvestStep finished(Status end, Optional<String> article, String why) {
		return new HarvestStep(end, this.attempts + 1, Optional.empty(), this.resolutionId, article, why);
	}

	/** Where a harvest stands. */
	public enum Status {

		/** Waiting for its (next) attempt. */
		PENDING,

		/** A draft or suggested edit exists (or existed already). */
		DONE,

		/** Nothing to learn (e.g. no agent reply): the note says why. */
		SKIPPED,

		/** Gave up after repeated failures: the note says why. */
		FAILED

	}

}

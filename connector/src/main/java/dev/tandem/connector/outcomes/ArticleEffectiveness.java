package dev.tandem.connector.outcomes;

import java.util.Objects;
import java.util.Optional;

/**
 * How an article's automatic answers went, counted from the cases (see
 * {@link ArticleOutcomes}).
 *
 * @param articleId the article
 * @param shown automatic answers that showed it
 * @param accepted the customer confirmed it solved the problem
 * @param rejected the customer's reply sent the ticket to a person
 * @param reopened resolved, then reopened within the durability window
 * @param closedWithoutReply resolved (or timed out) without the customer replying
 * @param durable resolutions that stayed resolved for the durability window
 * @param successes accepted, or durable without a reply
 * @param pending still waiting for the customer
 * @param failureRate failures (rejected + reopened) among settled answers (successes +
 * failures), once there are at least the minimum sample of them
 * @param flaggedForReview the article often fails: a knowledge manager should review it
 */
public record ArticleEffectiveness(String articleId, long shown, long accepted, long rejected, long reopened,
		long closedWithoutReply, long durable, long successes, long pending, Optional<Double> failureRate,
		boolean flaggedForReview) {

	public ArticleEffectiveness {
		Objects.requireNonNull(articleId, "articleId");
		failureRate = Objects.requireNonNullElse(failureRate, Optional.empty());
	}

	/** An article no automatic answer has shown yet. */
	public static ArticleEffectiveness none(String articleId) {
		return new ArticleEffectiveness(articleId, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty(), false);
	}

	/**
	 * Effectiveness from counts, with the failure rate and the review flag applied.
	 * @param minSample settled answers needed before the failure rate counts
	 * @param maxFailureRate failure rate from which the article is flagged
	 */
	public static ArticleEffectiveness of(String articleId, long shown, long accepted, long rejected, long reopened,
			long closedWithoutReply, long durable, long successes, long pending, int minSample, double maxFailureRate) {
		long failures = rejected + reopened;
		long settled = successes + failures;
		Optional<Double> rate = (settled >= minSample && settled > 0) ? Optional.of((double) failures / settled)
				: Optional.empty();
		boolean flagged = rate.filter((value) -> value >= maxFailureRate).isPresent();
		return new ArticleEffectiveness(articleId, shown, accepted, rejected, reopened, closedWithoutReply, durable,
				successes, pending, rate, flagged);
	}

	/** Answers whose outcome is known: successes plus failures. */
	public long settled() {
		return this.successes + failures();
	}

	public long failures() {
		return this.rejected + this.reopened;
	}

}

package dev.tandem.admin.kb;

import dev.tandem.connector.outcomes.ArticleEffectiveness;

/**
 * How an article's automatic answers go, in one word: what the knowledge-base grid
 * filters by. Counted from the same answer outcomes as the review flag
 * ({@code ArticleOutcomes}).
 */
public enum AnswerPerformance {

	/** No automatic answer has shown it. */
	NEVER_SHOWN,

	/** Shown, but no answer has settled yet (waiting for the customer or durability). */
	UNSETTLED,

	/**
	 * Settled answers mostly succeed: failures (rejected, reopened) below the review
	 * limit ({@code tandem.outcomes.article-max-failure-rate}).
	 */
	ANSWERING_WELL,

	/**
	 * Flagged for review, or failing at or above the review limit (even before the sample
	 * is large enough to flag it).
	 */
	FAILING;

	static AnswerPerformance of(ArticleEffectiveness effectiveness, double maxFailureRate) {
		if (effectiveness.shown() == 0) {
			return NEVER_SHOWN;
		}
		if (effectiveness.flaggedForReview()) {
			return FAILING;
		}
		if (effectiveness.settled() == 0) {
			return UNSETTLED;
		}
		double failureShare = (double) effectiveness.failures() / effectiveness.settled();
		return (failureShare >= maxFailureRate) ? FAILING : ANSWERING_WELL;
	}

}

package dev.tandem.admin.kb;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.tandem.connector.outcomes.ArticleEffectiveness;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;

/**
 * One row of the knowledge-base grid: what a knowledge manager scans for, without the
 * article's texts.
 *
 * @param id article id
 * @param title title
 * @param category category, when set
 * @param language language tag, when set
 * @param status life cycle status
 * @param source where the current version came from
 * @param version current version number
 * @param author who made the current version
 * @param updatedAt when the current version was made
 * @param score search relevance, only when the row comes from a free-text search
 * @param effectiveness how its automatic answers went
 * @param performance the same in one word
 */
public record ArticleSummary(String id, String title, Optional<String> category, Optional<String> language,
		ArticleStatus status, ArticleSource source, int version, String author, Instant updatedAt, OptionalDouble score,
		ArticleEffectiveness effectiveness, AnswerPerformance performance) {

	/**
	 * Sorts by effectiveness: never shown, then unsettled, then by failure rate, then by
	 * use.
	 */
	static final Comparator<ArticleSummary> BY_EFFECTIVENESS = Comparator
		.comparingDouble(ArticleSummary::effectivenessRank)
		.thenComparingLong((summary) -> summary.effectiveness().shown());

	public static ArticleSummary of(StoredArticle article) {
		return new ArticleSummary(article.id(), article.content().title(), article.content().category(),
				article.content().language(), article.content().status(), article.version().source(),
				article.version().number(), article.version().author(), article.version().createdAt(),
				OptionalDouble.empty(), ArticleEffectiveness.none(article.id()), AnswerPerformance.NEVER_SHOWN);
	}

	ArticleSummary withScore(double relevance) {
		return new ArticleSummary(this.id, this.title, this.category, this.language, this.status, this.source,
				this.version, this.author, this.updatedAt, OptionalDouble.of(relevance), this.effectiveness,
				this.performance);
	}

	ArticleSummary withEffectiveness(ArticleEffectiveness outcomes, double maxFailureRate) {
		return new ArticleSummary(this.id, this.title, this.category, this.language, this.status, this.source,
				this.version, this.author, this.updatedAt, this.score, outcomes,
				AnswerPerformance.of(outcomes, maxFailureRate));
	}

	/** Failures among settled answers, when any settled. */
	OptionalDouble failureShare() {
		return (this.effectiveness.settled() == 0) ? OptionalDouble.empty()
				: OptionalDouble.of((double) this.effectiveness.failures() / this.effectiveness.settled());
	}

	private double effectivenessRank() {
		return switch (this.performance) {
			case NEVER_SHOWN -> -2;
			case UNSETTLED -> -1;
			default -> failureShare().orElse(0);
		};
	}

}

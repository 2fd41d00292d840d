package dev.tandem.connector.api;

import java.util.List;

import dev.tandem.connector.assignment.AssignmentResult;
import dev.tandem.connector.triage.Answers;
import dev.tandem.connector.triage.TriageResult;

/**
 * Answer of {@code POST /api/v1/triage/preview} (CONTRACT.md), plus who would be
 * assigned.
 *
 * @param decision AUTO_ANSWER, ASSIST or HUMAN
 * @param confidence calibrated confidence of the best article
 * @param language the ticket's language
 * @param category the best article's category (null when none)
 * @param sentiment label and score
 * @param priority suggested priority
 * @param articles candidate articles, best first
 * @param reasons why, readable by a person
 * @param vip whether a VIP rule matched
 * @param policyVersion policy version that decided
 * @param assignment who would get it (null for AUTO_ANSWER)
 */
public record PreviewResponse(String decision, double confidence, String language, String category,
		SentimentView sentiment, String priority, List<ArticleView> articles, List<String> reasons, boolean vip,
		int policyVersion, AssignmentView assignment) {

	static PreviewResponse of(TriageResult result, AssignmentResult assignment) {
		return new PreviewResponse(result.decision().name(), result.confidence(), result.language(),
				result.category().orElse(null),
				new SentimentView(result.sentiment().label().name(), result.sentiment().score()),
				result.priority().name(), result.articles().stream().map(ArticleView::of).toList(), result.reasons(),
				result.vip(), result.policyVersion(), (assignment != null) ? AssignmentView.of(assignment) : null);
	}

	/**
	 * Sentiment.
	 *
	 * @param label five levels
	 * @param score in [-1, 1]
	 */
	public record SentimentView(String label, double score) {

	}

	/**
	 * An article.
	 *
	 * @param id article id
	 * @param title title
	 * @param score retrieval score
	 * @param category category
	 * @param url link
	 */
	public record ArticleView(String id, String title, double score, String category, String url) {

		static ArticleView of(Answers.Article article) {
			return new ArticleView(article.id(), article.title(), article.score(), article.category().orElse(null),
					article.url().orElse(null));
		}

	}

	/**
	 * A proposed assignment.
	 *
	 * @param agentId Jira user id (null: stays in the queue)
	 * @param agentName display name
	 * @param pool pool
	 * @param reasons why that agent
	 */
	public record AssignmentView(String agentId, String agentName, String pool, List<String> reasons) {

		static AssignmentView of(AssignmentResult result) {
			return new AssignmentView(result.agentId().orElse(null), result.agentName().orElse(null), result.pool(),
					result.reasons());
		}

	}

}

package dev.tandem.connector.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.assignment.AssignmentResult;
import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.OutboxAction;
import dev.tandem.connector.cases.RichText;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.cases.TicketSnapshot;
import dev.tandem.connector.triage.Answers;
import dev.tandem.connector.triage.Decision;
import dev.tandem.connector.triage.Priority;
import dev.tandem.connector.triage.Sentiment;
import dev.tandem.connector.triage.SentimentLabel;
import dev.tandem.connector.triage.TriageResult;

/** Cases as the connector stores them, for reporting tests. */
public final class SeededCases {

	private SeededCases() {
	}

	/**
	 * @param id issue id and key suffix
	 * @param at when received
	 * @param decision triage decision
	 * @param outcome the outcome
	 * @param category best article's category, or null for none
	 * @param articleId best article, or null for none
	 * @param sentiment sentiment score (label derived from it)
	 * @param agent assignee name, or null
	 * @param replySeconds seconds until Tandem's public reply was done, or -1 for none
	 */
	public static TicketCase of(String id, Instant at, Decision decision, CaseOutcome outcome, String category,
			String articleId, double sentiment, String agent, long replySeconds) {
		SentimentLabel label = (sentiment <= -0.6) ? SentimentLabel.VERY_NEGATIVE : (sentiment < -0.2)
				? SentimentLabel.NEGATIVE : (sentiment > 0.2) ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
		List<Answers.Article> articles = (articleId != null) ? List.of(new Answers.Article(articleId,
				"Title of " + articleId, Optional.ofNullable(category), "answer", Optional.empty(), 0.9)) : List.of();
		TriageResult triage = new TriageResult(decision, 0.9, "en", Optional.ofNullable(category),
				new Sentiment(label, sentiment, false, false), Priority.MEDIUM, articles, false, false,
				List.of("seeded"), 1, decision == Decision.AUTO_ANSWER);
		List<OutboxAction> outbox = (replySeconds >= 0)
				? List.of(OutboxAction.reply("SUP-" + id + "/reply/1", new RichText(List.of()))
					.done(at.plusSeconds(replySeconds), Optional.of("10001")))
				: List.of();
		Optional<AssignmentResult> assignment = Optional.ofNullable(agent)
			.map((name) -> new AssignmentResult(Optional.of("id-" + name), Optional.of(name), "support", List.of()));
		TicketSnapshot ticket = new TicketSnapshot("summary " + id, "", Optional.empty(), Optional.empty(), List.of(),
				List.of(), Map.of(), Optional.empty(), "Open", "Task", Optional.empty(), at);
		CaseState state = (outcome == CaseOutcome.ASSIGNED) ? CaseState.DONE : CaseState.WAITING_FOR_CUSTOMER;
		TicketCase seeded = new TicketCase(id, "SUP-" + id, "SUP", "webhook", state, Optional.of(outcome), ticket,
				Optional.of(triage), assignment, outbox, List.of(), List.of(), Optional.empty(), Optional.empty(), at,
				at, outbox.stream().flatMap((a) -> a.doneAt().stream()).findFirst(), false);
		return followUp(outcome, articleId, category, at.plusSeconds(Math.max(0, replySeconds)))
			.map((answer) -> seeded.change().followUp(answer).apply(at))
			.orElse(seeded);
	}

	/**
	 * The automatic answer's outcome as the connector records it: waiting, confirmed or
	 * rejected by the customer an hour after the answer.
	 */
	private static Optional<AnswerFollowUp> followUp(CaseOutcome outcome, String articleId, String category,
			Instant answeredAt) {
		AnswerFollowUp pending = AnswerFollowUp.pending((articleId != null) ? List.of(articleId) : List.of(),
				Optional.ofNullable(category), 0.9, answeredAt);
		return switch (outcome) {
			case AUTO_ANSWERED -> Optional.of(pending);
			case RESOLVED_BY_CUSTOMER -> Optional.of(pending.confirmed(answeredAt.plusSeconds(3600)));
			case ESCALATED -> Optional.of(pending.rejected(answeredAt.plusSeconds(3600)));
			default -> Optional.empty();
		};
	}

}

package dev.tandem.admin.dashboards;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.assignment.AssignmentResult;
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

/**
 * A fortnight of cases as the connector stores them, for browser journeys: about 65 %
 * answered by Tandem, a quarter assisted, the rest to people, spread over days, hours,
 * categories and languages. Nothing is due, so the connector's worker leaves them alone.
 */
final class SeededCases {

	private static final String[] CATEGORIES = { "billing", "access", "shipping", "account" };

	private SeededCases() {
	}

	static List<TicketCase> fortnight(Instant now) {
		List<TicketCase> cases = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			Instant at = now.minus(Duration.ofHours(3 + (i * 37L) % (14 * 24)));
			int kind = i % 20;
			Decision decision = (kind < 13) ? Decision.AUTO_ANSWER : (kind < 18) ? Decision.ASSIST : Decision.HUMAN;
			CaseOutcome outcome = switch (decision) {
				case AUTO_ANSWER -> (kind == 3 || kind == 11) ? CaseOutcome.ESCALATED
						: (kind % 2 == 0) ? CaseOutcome.RESOLVED_BY_CUSTOMER : CaseOutcome.AUTO_ANSWERED;
				default -> CaseOutcome.ASSIGNED;
			};
			String category = CATEGORIES[(i * 7) % CATEGORIES.length];
			double sentiment = ((i * 13) % 17 - 8) / 10.0;
			String agent = (decision == Decision.AUTO_ANSWER && outcome != CaseOutcome.ESCALATED) ? null
					: (i % 3 == 0) ? "Li Wei" : (i % 3 == 1) ? "Ana Souza" : "Tom Berg";
			cases.add(of("seed-" + i, at, decision, outcome, category, category + "-faq", sentiment, agent,
					(decision == Decision.AUTO_ANSWER) ? 20 + (i * 11) % 90 : -1, (i % 4 == 0) ? "zh" : "en"));
		}
		return cases;
	}

	static TicketCase of(String id, Instant at, Decision decision, CaseOutcome outcome, String category,
			String articleId, double sentiment, String agent, long replySeconds, String language) {
		SentimentLabel label = (sentiment <= -0.6) ? SentimentLabel.VERY_NEGATIVE : (sentiment < -0.2)
				? SentimentLabel.NEGATIVE : (sentiment > 0.2) ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
		List<Answers.Article> articles = List.of(new Answers.Article(articleId, "FAQ: " + category,
				Optional.of(category), "answer", Optional.empty(), 0.9));
		TriageResult triage = new TriageResult(decision, 0.9, language, Optional.of(category),
				new Sentiment(label, sentiment, false, false), Priority.MEDIUM, articles, false, false,
				List.of("seeded"), 1, decision == Decision.AUTO_ANSWER);
		List<OutboxAction> outbox = (replySeconds >= 0)
				? List.of(OutboxAction.reply(id + "/reply/1", new RichText(List.of()))
					.done(at.plusSeconds(replySeconds), Optional.of("10001")))
				: List.of();
		Optional<AssignmentResult> assignment = Optional.ofNullable(agent)
			.map((name) -> new AssignmentResult(Optional.of("id-" + name), Optional.of(name), "support", List.of()));
		TicketSnapshot ticket = new TicketSnapshot("summary " + id, "", Optional.empty(), Optional.empty(), List.of(),
				List.of(), Map.of(), Optional.empty(), "Open", "Task", Optional.empty(), at);
		CaseState state = (outcome == CaseOutcome.ASSIGNED && id.hashCode() % 2 == 0) ? CaseState.DONE
				: CaseState.WAITING_FOR_CUSTOMER;
		return new TicketCase(id, id.toUpperCase(), "SUP", "webhook", state, Optional.of(outcome), ticket,
				Optional.of(triage), assignment, outbox, List.of(), List.of(), Optional.empty(), Optional.empty(), at,
				at, outbox.stream().flatMap((a) -> a.doneAt().stream()).findFirst(), false);
	}

}

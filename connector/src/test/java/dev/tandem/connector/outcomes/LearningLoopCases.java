package dev.tandem.connector.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.cases.TicketSnapshot;
import dev.tandem.connector.triage.Answers;
import dev.tandem.connector.triage.Decision;
import dev.tandem.connector.triage.Priority;
import dev.tandem.connector.triage.Sentiment;
import dev.tandem.connector.triage.TriageResult;

/** Cases as the processing steps leave them, for the learning loop's tests. */
public final class LearningLoopCases {

	private LearningLoopCases() {
	}

	/** A case Tandem answered automatically, waiting for the customer. */
	public static TicketCase answered(String key, String articleId, String category, double confidence, Instant at) {
		TriageResult triage = triage(Decision.AUTO_ANSWER, confidence, "en", Optional.of(category), List
			.of(new Answers.Article(articleId, articleId, Optional.of(category), "...", Optional.empty(), confidence)),
				true);
		return TicketCase.received("id-" + key, key, "SUP", "webhook", snapshot("question " + key, at), at)
			.change()
			.triage(triage)
			.state(CaseState.WAITING_FOR_CUSTOMER, "outbox done")
			.followUp(AnswerFollowUp.pending(List.of(articleId), Optional.of(category), confidence, at))
			.apply(at);
	}

	/** A case handed to a person. */
	public static TicketCase escalated(String key, String summary, String description, String language,
			Decision decision, boolean answerable, Instant at) {
		TriageResult triage = triage(decision, answerable ? 0.97 : 0.2, language, Optional.of("network"), List.of(),
				answerable);
		return TicketCase
			.received("id-" + key, key, "SUP", "webhook",
					new TicketSnapshot(summary, description, Optional.empty(), Optional.empty(), List.of(), List.of(),
							Map.of(), Optional.empty(), "Open", "Support", Optional.empty(), at),
					at)
			.change()
			.triage(triage)
			.state(CaseState.DONE, "assigned")
			.apply(at);
	}

	private static TriageResult triage(Decision decision, double confidence, String language, Optional<String> category,
			List<Answers.Article> articles, boolean answerable) {
		return new TriageResult(decision, confidence, language, category, Sentiment.neutral(), Priority.MEDIUM,
				articles, false, false, List.of("test"), 0, answerable);
	}

	private static TicketSnapshot snapshot(String summary, Instant at) {
		return new TicketSnapshot(summary, "", Optional.empty(), Optional.empty(), List.of(), List.of(), Map.of(),
				Optional.empty(), "Open", "Support", Optional.empty(), at);
	}

}

package dev.tandem.connector.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what happens to a ticket: masks it, reads it (language, sentiment, priority),
 * asks retrieval for articles, and applies the policy in force. Changes nothing, so the
 * preview API uses it as is.
 */
public class Triage {

	private static final Logger log = LoggerFactory.getLogger(Triage.class);

	private final TicketUnderstanding understanding;

	private final AnswerCandidates candidates;

	private final PolicyStore policies;

	private final PolicyDecider decider = new PolicyDecider();

	public Triage(TicketUnderstanding understanding, AnswerCandidates candidates, PolicyStore policies) {
		this.understanding = understanding;
		this.candidates = candidates;
		this.policies = policies;
	}

	public TriageResult triage(TicketFacts ticket) {
		String masked = this.understanding.mask(ticket.text());
		TicketReading reading = this.understanding.read(masked);
		Answers answers = retrieve(masked);
		TriagePolicy policy = this.policies.current();
		Optional<String> vip = policy.vip().match(ticket);
		PolicyDecider.Verdict verdict = this.decider.decide(policy, answers, reading, vip);
		List<String> reasons = new ArrayList<>(verdict.reasons());
		reasons.addAll(reading.reasons());
		return new TriageResult(verdict.decision(), answers.confidence(), reading.language(),
				answers.best().flatMap(Answers.Article::category), reading.sentiment(), reading.priority(),
				answers.articles(), vip.isPresent(), reading.requestsPerson(), reasons, policy.version(),
				answers.answerable());
	}

	/** Masks personal data (for storing and logging ticket text). */
	public String mask(String text) {
		return this.understanding.mask(text);
	}

	/** Reads a text that is already masked (follow-up replies). */
	public TicketReading read(String maskedText) {
		return this.understanding.read(maskedText);
	}

	private Answers retrieve(String maskedQuestion) {
		try {
			return this.candidates.find(maskedQuestion);
		}
		catch (RuntimeException ex) {
			// a retrieval failure must not lose the ticket: a person handles it instead
			log.warn("Knowledge-base retrieval failed, handing the ticket to a person: {}", ex.toString());
			return Answers.nothing("knowledge-base retrieval failed (" + ex.getClass().getSimpleName() + ")");
		}
	}

}

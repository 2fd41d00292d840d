package dev.tandem.connector.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.FollowUpOutcome;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.intake.TicketReopened;
import dev.tandem.connector.intake.TicketResolved;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;

/**
 * Follows every automatic answer to its outcome, on the case itself
 * ({@link AnswerFollowUp}): Jira's resolve and reopen events, and a scheduled check for
 * reply timeouts and durable resolutions. Every change is a pure transition written with
 * the case's version check, so redelivered events, two instances handling the same event,
 * and the case's own processing never double-apply or overwrite each other.
 */
public class AnswerOutcomes {

	private static final Logger log = LoggerFactory.getLogger(AnswerOutcomes.class);

	private static final int ATTEMPTS = 5;

	private final CaseStore cases;

	private final OutcomeProperties properties;

	private final Clock clock;

	public AnswerOutcomes(CaseStore cases, OutcomeProperties properties, Clock clock) {
		this.cases = cases;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Jira resolved a ticket. Store failures propagate so that the publisher (which
	 * delivers at least once) can retry.
	 */
	@EventListener
	public void on(TicketResolved resolved) {
		change(resolved.issueId(), (answer) -> answer.resolved(resolved.at()));
	}

	@EventListener
	public void on(TicketReopened reopened) {
		change(reopened.issueId(), (answer) -> answer.reopened(reopened.at()));
	}

	/**
	 * The scheduled part: unanswered automatic answers past the reply timeout count as
	 * closed without reply; resolutions past the durability window become durable.
	 * @return how many cases changed
	 */
	public int checkDue() {
		Instant now = this.clock.instant();
		int changed = 0;
		Query timedOut = Query.of((q) -> q.bool((bool) -> bool.filter(outcomeIn(FollowUpOutcome.PENDING))
			.filter(before("followUp.answeredAt", now.minus(this.properties.replyTimeout())))));
		for (Versioned<TicketCase> found : this.cases.matching(timedOut, this.properties.checkBatch())) {
			changed += change(found.id(), (answer) -> answer.timedOut(this.properties.replyTimeout(), now)) ? 1 : 0;
		}
		Query durable = Query.of((q) -> q
			.bool((bool) -> bool.filter(outcomeIn(FollowUpOutcome.CONFIRMED, FollowUpOutcome.CLOSED_WITHOUT_REPLY))
				.filter(before("followUp.resolvedAt", now.minus(this.properties.durableAfter())))
				.mustNot((not) -> not.exists((exists) -> exists.field("followUp.durableAt")))));
		for (Versioned<TicketCase> found : this.cases.matching(durable, this.properties.checkBatch())) {
			changed += change(found.id(), (answer) -> answer.durableBy(this.properties.durableAfter(), now)) ? 1 : 0;
		}
		if (changed > 0) {
			log.info("Answer outcomes: {} case(s) closed without reply or made durable", changed);
		}
		return changed;
	}

	/**
	 * Applies a transition to a case's follow-up, re-reading on a version conflict.
	 * @return whether the case changed
	 */
	private boolean change(String issueId, UnaryOperator<AnswerFollowUp> transition) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			Optional<Versioned<TicketCase>> found = this.cases.find(issueId);
			if (found.isEmpty() || found.get().value().followUp().isEmpty()) {
				return false;
			}
			TicketCase current = found.get().value();
			AnswerFollowUp before = current.followUp().get();
			AnswerFollowUp after = transition.apply(before);
			if (after.equals(before)) {
				return false;
			}
			try {
				this.cases
					.save(found.get().with(current.change().followUp((answer) -> after).apply(this.clock.instant())));
				return true;
			}
			catch (VersionConflictException ex) {
				log.debug("{} changed while recording its answer outcome (attempt {}): reading it again",
						current.issueKey(), attempt);
			}
		}
		throw new VersionConflictException("case " + issueId + " kept changing while its answer outcome was recorded",
				null);
	}

	private static Query outcomeIn(FollowUpOutcome... outcomes) {
		List<FieldValue> values = Arrays.stream(outcomes).map((o) -> FieldValue.of(o.name())).toList();
		return Query.of((q) -> q.terms((terms) -> terms.field("followUp.outcome").terms((t) -> t.value(values))));
	}

	private static Query before(String field, Instant limit) {
		return Query
			.of((q) -> q.range((range) -> range.untyped((u) -> u.field(field).lte(JsonData.of(limit.toString())))));
	}

}

package dev.tandem.connector.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.actions.ActionExecutor;
import dev.tandem.connector.actions.ActionOutcome;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.ActionStatus;
import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.ActionType;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.OutboxAction;
import dev.tandem.connector.cases.CaseChanges;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.mode.OperatingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through a case's outbox in order, one action at a time: the attempt of an action
 * that is not repeatable is recorded before Jira is called, and outcomes are recorded
 * with the next write, so after any crash the next worker knows which action may have
 * happened (and checks it). Each action done is audited as soon as Jira confirmed it (at
 * least once: a crash before the case records it may audit it again, under the same
 * idempotency key). A retriable failure parks the case until the action's next attempt; a
 * permanent failure of an essential action fails the case loudly. Switching to shadow
 * mode pauses the outbox.
 */
final class OutboxStep {

	private static final Logger log = LoggerFactory.getLogger(OutboxStep.class);

	private static final Duration SHADOW_PAUSE = Duration.ofSeconds(30);

	private final ActionExecutor executor;

	private final OperatingMode mode;

	private final AuditLog audit;

	private final Clock clock;

	private final ProcessingMetrics metrics;

	OutboxStep(ActionExecutor executor, OperatingMode mode, AuditLog audit, Clock clock, ProcessingMetrics metrics) {
		this.executor = executor;
		this.mode = mode;
		this.audit = audit;
		this.clock = clock;
		this.metrics = metrics;
	}

	Next run(ClaimedCase claimed) {
		TicketCase ticketCase = claimed.value();
		List<OutboxAction> outbox = ticketCase.outbox();
		for (int i = 0; i < outbox.size(); i++) {
			OutboxAction action = outbox.get(i);
			if (!action.isPending()) {
				continue;
			}
			Instant now = this.clock.instant();
			if (this.mode.isShadow()) {
				log.info("{}: shadow mode, outbox paused", ticketCase.issueKey());
				return Next.at(now.plus(SHADOW_PAUSE));
			}
			if (!action.dueAt(now)) {
				return Next.at(action.nextAttemptAt().orElse(now));
			}
			return call(claimed, outbox, i, now);
		}
		return finish(claimed, ticketCase.change());
	}

	/**
	 * Calls Jira for one action. The attempt of an action that is not repeatable is
	 * recorded first, unless a write of this claim already did (then nothing needs
	 * checking in Jira either).
	 */
	private Next call(ClaimedCase claimed, List<OutboxAction> outbox, int index, Instant now) {
		OutboxAction action = outbox.get(index);
		boolean recordedHere = claimed.takeRecordedAttempt(action.idempotencyKey());
		OutboxAction started = recordedHere ? action : action.started(now);
		if (!recordedHere && !action.type().isRepeatable()) {
			// recorded before the call: after a crash the next attempt knows to check
			claimed.save(withOutbox(claimed.value(), replace(outbox, index, started)));
		}
		ActionOutcome outcome = this.executor.execute(claimed.value().issueKey(), started,
				!recordedHere && action.outcomeUnknown());
		return record(claimed, outbox, index, started, outcome);
	}

	/**
	 * Records an action's outcome.
	 * @param outbox the outbox as this worker knows it: the stored one, plus the done
	 * records that wait for the next write
	 */
	private Next record(ClaimedCase claimed, List<OutboxAction> outbox, int index, OutboxAction started,
			ActionOutcome outcome) {
		TicketCase ticketCase = claimed.value();
		Instant now = this.clock.instant();
		String key = ticketCase.issueKey();
		return switch (outcome) {
			case ActionOutcome.Done done -> {
				if (ticketCase.firstActionAt().isEmpty() && outbox.stream().noneMatch(OutboxStep::isDone)) {
					this.metrics.firstAction(Duration.between(ticketCase.receivedAt(), now));
				}
				this.audit.ticket(key, "jira." + started.type().name().toLowerCase(java.util.Locale.ROOT),
						Optional.empty(), List.of(done.note()), Map.of("key", started.idempotencyKey(), "attempts",
								String.valueOf(started.attempts()), "result", done.result().orElse("-")),
						false);
				yield recordDone(claimed, replace(outbox, index, started.done(now, done.result())), index, now);
			}
			case ActionOutcome.Retry retry -> {
				claimed.save(withOutbox(ticketCase, replace(outbox, index,
						started.retryAt(retry.notBefore(), retry.error(), retry.outcomeUnknown()))));
				this.metrics.retried();
				yield Next.at(retry.notBefore());
			}
			case ActionOutcome.Failed failed -> fail(claimed, outbox, index, started, failed.error());
		};
	}

	private Next fail(ClaimedCase claimed, List<OutboxAction> known, int index, OutboxAction started, String error) {
		TicketCase ticketCase = claimed.value();
		Instant now = this.clock.instant();
		List<OutboxAction> outbox = replace(known, index, started.failed(now, error));
		this.metrics.failed();
		this.audit.ticket(ticketCase.issueKey(), "jira.action-failed", Optional.empty(), List.of(error),
				Map.of("key", started.idempotencyKey(), "essential", String.valueOf(started.essential())), false);
		if (!started.essential()) {
			log.error("{}: optional action {} failed for good, continuing: {}", ticketCase.issueKey(),
					started.idempotencyKey(), error);
			claimed.save(withOutbox(ticketCase, outbox));
			return Next.proceed();
		}
		log.error("{}: action {} FAILED for good, the case needs a person: {}", ticketCase.issueKey(),
				started.idempotencyKey(), error);
		List<OutboxAction> rest = new ArrayList<>();
		for (OutboxAction action : outbox) {
			rest.add(action.isPending() ? action.skipped(now, "not tried: " + started.idempotencyKey() + " failed")
					: action);
		}
		claimed.save(withOutbox(ticketCase, rest).outcome(CaseOutcome.FAILED)
			.state(CaseState.FAILED, started.idempotencyKey() + " failed: " + error));
		return Next.idle();
	}

	/**
	 * Saves an action done, in the same write as what follows when that is safe: the next
	 * action's attempt record, or the end of the outbox. When the next action needs no
	 * record before its call (repeatable: assignment, labels, priority; or its attempt
	 * recorded by an earlier write of this claim), it is called first and the done record
	 * waits for the next write: after a crash before it, the recorded attempt is checked
	 * in Jira and repeatable calls are made again, which changes nothing. A case a person
	 * waits for keeps its own write per step: the priority lane hands it over in the
	 * write after the assignment, and this claim ends there.
	 */
	private Next recordDone(ClaimedCase claimed, List<OutboxAction> outbox, int index, Instant now) {
		TicketCase ticketCase = claimed.value();
		CaseChanges changes = withOutbox(ticketCase, outbox);
		if (claimed.handsOver() || this.mode.isShadow()) {
			claimed.save(changes);
			return Next.proceed();
		}
		Optional<Integer> next = nextPending(outbox, index);
		if (next.isEmpty()) {
			return finish(claimed, changes);
		}
		OutboxAction following = outbox.get(next.get());
		boolean needsNoRecord = following.type().isRepeatable()
				|| claimed.hasRecordedAttempt(following.idempotencyKey());
		if (needsNoRecord && following.dueAt(now) && claimed.leaseLastsAt(now)) {
			return call(claimed, outbox, next.get(), now);
		}
		Optional<OutboxAction> recorded = Optional.of(following)
			.filter((action) -> action.dueAt(now) && !action.type().isRepeatable() && !action.outcomeUnknown())
			.map((action) -> action.started(now));
		recorded.ifPresent((action) -> changes.outbox(replace(outbox, next.get(), action)));
		claimed.save(changes);
		recorded.ifPresent((action) -> claimed.attemptRecorded(action.idempotencyKey()));
		return Next.proceed();
	}

	/**
	 * The case's changes with this outbox; the first action's time is the earliest action
	 * done (several may be recorded in one write).
	 */
	private static CaseChanges withOutbox(TicketCase ticketCase, List<OutboxAction> outbox) {
		CaseChanges changes = ticketCase.change().outbox(outbox);
		outbox.stream()
			.filter(OutboxStep::isDone)
			.map(OutboxAction::doneAt)
			.flatMap(Optional::stream)
			.min(Instant::compareTo)
			.ifPresent(changes::firstActionAt);
		return changes;
	}

	private static boolean isDone(OutboxAction action) {
		return action.status() == ActionStatus.DONE;
	}

	private static Optional<Integer> nextPending(List<OutboxAction> outbox, int after) {
		for (int i = after + 1; i < outbox.size(); i++) {
			if (outbox.get(i).isPending()) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	/**
	 * Ends the outbox: the case waits for the customer or is done.
	 * @param changes what else to save in the same write
	 */
	private Next finish(ClaimedCase claimed, CaseChanges changes) {
		TicketCase ticketCase = changes.apply(this.clock.instant());
		boolean waiting = ticketCase.outcome().filter((outcome) -> outcome == CaseOutcome.AUTO_ANSWERED).isPresent();
		long failures = ticketCase.outbox().stream().filter((action) -> action.status() == ActionStatus.FAILED).count();
		String note = "outbox done" + ((failures > 0) ? " (" + failures + " optional action(s) failed)" : "");
		changes.state(waiting ? CaseState.WAITING_FOR_CUSTOMER : CaseState.DONE, note);
		if (waiting && ticketCase.followUp().isEmpty()) {
			answerShown(ticketCase).ifPresent(changes::followUp);
		}
		if (ticketCase.unhandledReplies().isEmpty()) {
			// nothing left until the customer writes: finish and release in one write (a
			// reply stored meanwhile makes this write conflict, and the case is read
			// again)
			claimed.saveAndRelease(changes);
			return Next.released();
		}
		claimed.save(changes);
		return Next.proceed();
	}

	/**
	 * The automatic answer the customer now has, for outcome tracking: only when the
	 * reply was really posted.
	 */
	private Optional<AnswerFollowUp> answerShown(TicketCase ticketCase) {
		boolean posted = ticketCase.outbox()
			.stream()
			.anyMatch((action) -> action.type() == ActionType.PUBLIC_REPLY && action.status() == ActionStatus.DONE);
		return ticketCase.triage()
			.filter((triage) -> posted)
			.flatMap((triage) -> triage.bestArticle()
				.map((article) -> AnswerFollowUp.pending(List.of(article.id()), triage.category(), triage.confidence(),
						this.clock.instant())));
	}

	private static List<OutboxAction> replace(List<OutboxAction> outbox, int index, OutboxAction changed) {
		List<OutboxAction> copy = new ArrayList<>(outbox);
		copy.set(index, changed);
		return copy;
	}

}

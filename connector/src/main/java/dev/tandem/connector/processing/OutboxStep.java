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
 * Works through a case's outbox in order, one action at a time: the attempt is recorded
 * before Jira is called and its outcome right after, so after any crash the next worker
 * knows exactly which action may have happened (and checks it). A retriable failure parks
 * the case until the action's next attempt; a permanent failure of an essential action
 * fails the case loudly. Switching to shadow mode pauses the outbox.
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
			boolean recordedHere = claimed.takeRecordedAttempt(action.idempotencyKey());
			OutboxAction started = recordedHere ? action : action.started(now);
			if (!recordedHere && !action.type().isRepeatable()) {
				// recorded before the call: after a crash the next attempt knows to check
				claimed.save(ticketCase.change().outbox(replace(outbox, i, started)));
			}
			ActionOutcome outcome = this.executor.execute(ticketCase.issueKey(), started,
					!recordedHere && action.outcomeUnknown());
			return record(claimed, i, started, outcome);
		}
		return finish(claimed, ticketCase.change());
	}

	private Next record(ClaimedCase claimed, int index, OutboxAction started, ActionOutcome outcome) {
		TicketCase ticketCase = claimed.value();
		Instant now = this.clock.instant();
		String key = ticketCase.issueKey();
		return switch (outcome) {
			case ActionOutcome.Done done -> {
				List<OutboxAction> outbox = replace(ticketCase.outbox(), index, started.done(now, done.result()));
				Next next = recordDone(claimed, outbox, index, now);
				if (ticketCase.firstActionAt().isEmpty()) {
					this.metrics.firstAction(Duration.between(ticketCase.receivedAt(), now));
				}
				this.audit.ticket(key, "jira." + started.type().name().toLowerCase(java.util.Locale.ROOT),
						Optional.empty(), List.of(done.note()), Map.of("key", started.idempotencyKey(), "attempts",
								String.valueOf(started.attempts()), "result", done.result().orElse("-")),
						false);
				yield next;
			}
			case ActionOutcome.Retry retry -> {
				claimed.save(ticketCase.change()
					.outbox(replace(ticketCase.outbox(), index,
							started.retryAt(retry.notBefore(), retry.error(), retry.outcomeUnknown()))));
				this.metrics.retried();
				yield Next.at(retry.notBefore());
			}
			case ActionOutcome.Failed failed -> fail(claimed, index, started, failed.error());
		};
	}

	private Next fail(ClaimedCase claimed, int index, OutboxAction started, String error) {
		TicketCase ticketCase = claimed.value();
		Instant now = this.clock.instant();
		List<OutboxAction> outbox = replace(ticketCase.outbox(), index, started.failed(now, error));
		this.metrics.failed();
		this.audit.ticket(ticketCase.issueKey(), "jira.action-failed", Optional.empty(), List.of(error),
				Map.of("key", started.idempotencyKey(), "essential", String.valueOf(started.essential())), false);
		if (!started.essential()) {
			log.error("{}: optional action {} failed for good, continuing: {}", ticketCase.issueKey(),
					started.idempotencyKey(), error);
			claimed.save(ticketCase.change().outbox(outbox));
			return Next.proceed();
		}
		log.error("{}: action {} FAILED for good, the case needs a person: {}", ticketCase.issueKey(),
				started.idempotencyKey(), error);
		List<OutboxAction> rest = new ArrayList<>();
		for (OutboxAction action : outbox) {
			rest.add(action.isPending() ? action.skipped(now, "not tried: " + started.idempotencyKey() + " failed")
					: action);
		}
		claimed.save(ticketCase.change()
			.outbox(rest)
			.outcome(CaseOutcome.FAILED)
			.state(CaseState.FAILED, started.idempotencyKey() + " failed: " + error));
		return Next.idle();
	}

	/**
	 * Saves an action done, in the same write as what follows when that is safe: the next
	 * action's attempt record, or the end of the outbox after a last edit (an edit
	 * repeated after a crash changes nothing in Jira). A case a person waits for keeps
	 * its own write per step: the priority lane hands it over in the write after the
	 * assignment, and this claim ends there.
	 */
	private Next recordDone(ClaimedCase claimed, List<OutboxAction> outbox, int index, Instant now) {
		TicketCase ticketCase = claimed.value();
		CaseChanges changes = ticketCase.change().outbox(outbox).firstActionAt(now);
		if (claimed.handsOver() || this.mode.isShadow()) {
			claimed.save(changes);
			return Next.proceed();
		}
		Optional<Integer> next = nextPending(outbox, index);
		if (next.isEmpty() && outbox.get(index).type() == ActionType.EDIT) {
			return finish(claimed, changes);
		}
		Optional<OutboxAction> recorded = next.map(outbox::get)
			.filter((action) -> action.dueAt(now) && !action.type().isRepeatable() && !action.outcomeUnknown())
			.map((action) -> action.started(now));
		recorded.ifPresent((action) -> changes.outbox(replace(outbox, next.get(), action)));
		claimed.save(changes);
		recorded.ifPresent((action) -> claimed.attemptRecorded(action.idempotencyKey()));
		return Next.proceed();
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

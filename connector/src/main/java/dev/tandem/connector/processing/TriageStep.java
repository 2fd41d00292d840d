package dev.tandem.connector.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.actions.ActionPlanner;
import dev.tandem.connector.assignment.Assigner;
import dev.tandem.connector.assignment.AssignmentRequest;
import dev.tandem.connector.assignment.AssignmentResult;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.OutboxAction;
import dev.tandem.connector.cases.CaseChanges;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.cases.TicketSnapshot;
import dev.tandem.connector.mode.OperatingMode;
import dev.tandem.connector.triage.Decision;
import dev.tandem.connector.triage.TicketFacts;
import dev.tandem.connector.triage.Triage;
import dev.tandem.connector.triage.TriageResult;

/**
 * RECEIVED -> ACTING: decides, chooses the agent when a person is needed, and writes the
 * planned Jira actions into the case's outbox in the same write. In shadow mode the plan
 * is recorded but marked skipped, and the case is done.
 */
final class TriageStep {

	private final Triage triage;

	private final Assigner assigner;

	private final ActionPlanner planner;

	private final OperatingMode mode;

	private final AuditLog audit;

	private final Clock clock;

	TriageStep(Triage triage, Assigner assigner, ActionPlanner planner, OperatingMode mode, AuditLog audit,
			Clock clock) {
		this.triage = triage;
		this.assigner = assigner;
		this.planner = planner;
		this.mode = mode;
		this.audit = audit;
		this.clock = clock;
	}

	Next run(ClaimedCase claimed) {
		TicketCase ticketCase = claimed.value();
		TriageResult result = this.triage.triage(facts(ticketCase.ticket()));
		Optional<AssignmentResult> assignment = (result.decision() == Decision.AUTO_ANSWER) ? Optional.empty()
				: Optional.of(this.assigner.assign(new AssignmentRequest(ticketCase.issueKey(), result.category(),
						result.language(), result.vip())));
		List<OutboxAction> actions = this.planner.forDecision(ticketCase.issueKey(), result, assignment);
		boolean shadow = this.mode.isShadow();
		Instant now = this.clock.instant();
		CaseChanges changes = ticketCase.change().triage(result).shadow(shadow);
		assignment.ifPresent(changes::assignment);
		if (shadow) {
			changes.outbox(actions.stream().map((action) -> action.skipped(now, "shadow mode")).toList())
				.outcome(CaseOutcome.SHADOWED)
				.state(CaseState.DONE, "shadow mode: decided " + result.decision() + ", nothing done in Jira")
				.dueAt(Optional.empty());
		}
		Optional<OutboxAction> recorded = Optional.empty();
		if (!shadow) {
			// the first action that is not repeatable has its attempt recorded with the
			// decision, so the outbox can run up to its end before the next write; after
			// a crash the next worker checks Jira before trying it again
			recorded = actions.stream().filter((action) -> !action.type().isRepeatable()).findFirst();
			List<OutboxAction> outbox = new ArrayList<>(actions);
			recorded.ifPresent((first) -> outbox.set(actions.indexOf(first), first.started(now)));
			changes.outbox(outbox)
				.outcome(outcome(result, assignment))
				.state(CaseState.ACTING, "decided " + result.decision())
				.dueAt(Optional.of(now));
		}
		claimed.save(changes);
		recorded.ifPresent((first) -> claimed.attemptRecorded(first.idempotencyKey()));
		List<String> reasons = new ArrayList<>(result.reasons());
		assignment.ifPresent((chosen) -> reasons.addAll(chosen.reasons()));
		this.audit.ticket(ticketCase.issueKey(), "triage.decided", Optional.of(result.decision().name()), reasons,
				Map.of("confidence", String.valueOf(result.confidence()), "language", result.language(), "priority",
						result.priority().name(), "policyVersion", String.valueOf(result.policyVersion()), "agent",
						assignment.flatMap(AssignmentResult::agentId).orElse("-"), "actions",
						String.valueOf(actions.size())),
				shadow);
		return shadow ? Next.idle() : Next.proceed();
	}

	private static CaseOutcome outcome(TriageResult result, Optional<AssignmentResult> assignment) {
		if (result.decision() == Decision.AUTO_ANSWER) {
			return CaseOutcome.AUTO_ANSWERED;
		}
		return assignment.flatMap(AssignmentResult::agentId).isPresent() ? CaseOutcome.ASSIGNED
				: CaseOutcome.LEFT_IN_QUEUE;
	}

	static TicketFacts facts(TicketSnapshot ticket) {
		return new TicketFacts(ticket.summary(), ticket.description(), ticket.reporterEmailDomain(), ticket.labels(),
				ticket.organisations(), ticket.fields());
	}

}

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
import dev.tandem.connector.cases.CustomerReply;
import dev.tandem.connector.cases.OutboxAction;
import dev.tandem.connector.cases.CaseChanges;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.followup.ReplyClassifier;
import dev.tandem.connector.followup.ReplyIntent;
import dev.tandem.connector.mode.OperatingMode;
import dev.tandem.connector.triage.Triage;
import dev.tandem.connector.triage.TriageResult;

/**
 * Replies that arrived on a case. After an automatic answer, the reporter's first reply
 * decides: solved -> resolve; anything else -> a person is assigned at once. A reply by
 * someone else (an agent) means a person has taken over: Tandem steps back. Replies in
 * any other state are noted and left to the people on the ticket.
 */
final class FollowUpStep {

	private final Triage triage;

	private final ReplyClassifier classifier = new ReplyClassifier();

	private final Assigner assigner;

	private final ActionPlanner planner;

	private final OperatingMode mode;

	private final AuditLog audit;

	private final Clock clock;

	FollowUpStep(Triage triage, Assigner assigner, ActionPlanner planner, OperatingMode mode, AuditLog audit,
			Clock clock) {
		this.triage = triage;
		this.assigner = assigner;
		this.planner = planner;
		this.mode = mode;
		this.audit = audit;
		this.clock = clock;
	}

	Next run(ClaimedCase claimed) {
		Decided decided = decide(claimed.value());
		claimed.save(decided.changes());
		decided.audit();
		return Next.proceed();
	}

	/**
	 * Whether the case's next step is this one: replies not yet looked at, and the case
	 * not on its way through triage or its outbox.
	 */
	static boolean isDue(TicketCase ticketCase) {
		return !ticketCase.unhandledReplies().isEmpty() && switch (ticketCase.state()) {
			case WAITING_FOR_CUSTOMER, DONE, FAILED -> true;
			case RECEIVED, TRIAGED, ACTING -> false;
		};
	}

	/**
	 * Looks at the replies not yet handled and decides (classification, the person to
	 * assign, the outbox), changing nothing yet: the caller saves the changes (the
	 * priority lane together with taking the case's lease, one write for both), then
	 * records the audit entries.
	 */
	Decided decide(TicketCase ticketCase) {
		Instant now = this.clock.instant();
		List<CustomerReply> replies = new ArrayList<>(ticketCase.replies());
		CaseChanges changes = ticketCase.change();
		List<Runnable> audits = new ArrayList<>();
		boolean acting = false;
		for (int i = 0; i < replies.size(); i++) {
			CustomerReply reply = replies.get(i);
			if (reply.handled()) {
				continue;
			}
			if (acting || ticketCase.state() != CaseState.WAITING_FOR_CUSTOMER) {
				replies.set(i, reply.handled(now,
						"noted; case was " + (acting ? "already following up" : ticketCase.state())));
				continue;
			}
			if (!reply.fromReporter()) {
				replies.set(i, reply.handled(now, "a person replied: Tandem steps back"));
				changes.state(CaseState.DONE, "a person replied on the ticket");
				acting = true;
				continue;
			}
			replies.set(i, reply.handled(now, followUp(ticketCase, i + 1, reply, changes, audits)));
			acting = true;
		}
		return new Decided(changes.replies(replies), audits);
	}

	/**
	 * A follow-up decision not saved yet.
	 *
	 * @param changes the case's changes
	 * @param audits the audit entries to record once the changes are saved
	 */
	record Decided(CaseChanges changes, List<Runnable> audits) {

		void audit() {
			this.audits.forEach(Runnable::run);
		}

	}

	private String followUp(TicketCase ticketCase, int round, CustomerReply reply, CaseChanges changes,
			List<Runnable> audits) {
		TriageResult triaged = ticketCase.triage().orElseThrow();
		ReplyClassifier.Classification classification = this.classifier.classify(reply.maskedText(),
				this.triage.read(reply.maskedText()));
		List<OutboxAction> actions = new ArrayList<>(ticketCase.outbox());
		Optional<AssignmentResult> assignment = Optional.empty();
		if (classification.intent() == ReplyIntent.SOLVED) {
			actions.addAll(this.planner.forResolved(ticketCase.issueKey(), round, triaged.language()));
			changes.outcome(CaseOutcome.RESOLVED_BY_CUSTOMER)
				.followUp((answer) -> answer.confirmed(reply.receivedAt()));
		}
		else {
			assignment = Optional.of(this.assigner.assign(new AssignmentRequest(ticketCase.issueKey(),
					triaged.category(), triaged.language(), triaged.vip())));
			actions.addAll(this.planner.forEscalation(ticketCase.issueKey(), round, triaged.language(),
					List.of(classification.reason()), assignment.get()));
			changes.assignment(assignment.get())
				.outcome(CaseOutcome.ESCALATED)
				.followUp((answer) -> answer.rejected(reply.receivedAt()));
		}
		boolean shadow = this.mode.isShadow();
		changes.outbox(actions)
			.state(CaseState.ACTING, "customer replied: " + classification.intent())
			.dueAt(Optional.of(this.clock.instant()));
		List<String> reasons = new ArrayList<>(List.of(classification.reason()));
		assignment.ifPresent((chosen) -> reasons.addAll(chosen.reasons()));
		Map<String, String> details = Map.of("reply", reply.id(), "agent",
				assignment.flatMap(AssignmentResult::agentId).orElse("-"));
		audits.add(() -> this.audit.ticket(ticketCase.issueKey(), "followup.classified",
				Optional.of(classification.intent().name()), reasons, details, shadow));
		return "follow-up: " + classification.intent();
	}

}

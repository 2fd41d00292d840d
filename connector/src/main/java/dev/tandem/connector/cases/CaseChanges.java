package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.tandem.connector.assignment.AssignmentResult;
import dev.tandem.connector.triage.TriageResult;

/**
 * Changes to a case ({@link TicketCase#change()}), applied together by
 * {@link #apply(Instant)}: the new case, with a history entry for a state change.
 */
public final class CaseChanges {

	private final TicketCase base;

	private CaseState state;

	private Optional<CaseOutcome> outcome;

	private Optional<TriageResult> triage;

	private Optional<AssignmentResult> assignment;

	private List<OutboxAction> outbox;

	private List<CustomerReply> replies;

	private final List<TicketCase.HistoryEntry> history;

	private Optional<TicketCase.Lease> lease;

	private Optional<Instant> dueAt;

	private Optional<Instant> firstActionAt;

	private boolean shadow;

	private Optional<AnswerFollowUp> followUp;

	private PeopleOnCase people;

	private String note;

	private String followUpNote;

	CaseChanges(TicketCase base) {
		this.base = base;
		this.state = base.state();
		this.outcome = base.outcome();
		this.triage = base.triage();
		this.assignment = base.assignment();
		this.outbox = base.outbox();
		this.replies = base.replies();
		this.history = new ArrayList<>(base.history());
		this.lease = base.lease();
		this.dueAt = base.dueAt();
		this.firstActionAt = base.firstActionAt();
		this.shadow = base.shadow();
		this.followUp = base.followUp();
		this.people = base.people();
	}

	/** Moves to a state, noting why. */
	public CaseChanges state(CaseState newState, String why) {
		this.state = newState;
		this.note = why;
		return this;
	}

	public CaseChanges outcome(CaseOutcome value) {
		this.outcome = Optional.of(value);
		return this;
	}

	public CaseChanges triage(TriageResult value) {
		this.triage = Optional.of(value);
		return this;
	}

	public CaseChanges assignment(AssignmentResult value) {
		this.assignment = Optional.of(value);
		return this;
	}

	public CaseChanges outbox(List<OutboxAction> value) {
		this.outbox = value;
		return this;
	}

	public CaseChanges replies(List<CustomerReply> value) {
		this.replies = value;
		return this;
	}

	public CaseChanges lease(Optional<TicketCase.Lease> value) {
		this.lease = value;
		return this;
	}

	public CaseChanges dueAt(Optional<Instant> value) {
		this.dueAt = value;
		return this;
	}

	public CaseChanges firstActionAt(Instant value) {
		if (this.firstActionAt.isEmpty()) {
			this.firstActionAt = Optional.of(value);
		}
		return this;
	}

	public CaseChanges shadow(boolean value) {
		this.shadow = value;
		return this;
	}

	public CaseChanges people(PeopleOnCase value) {
		this.people = value;
		return this;
	}

	public CaseChanges followUp(AnswerFollowUp value) {
		this.followUp = Optional.of(value);
		return this;
	}

	/**
	 * Changes the automatic answer's follow-up, when the case has one; notes the new
	 * outcome in the history when it changed.
	 */
	public CaseChanges followUp(UnaryOperator<AnswerFollowUp> transition) {
		Optional<AnswerFollowUp> before = this.followUp;
		this.followUp = before.map(transition);
		if (before.isPresent() && before.get().outcome() != this.followUp.get().outcome()) {
			this.followUpNote = "answer outcome " + before.get().outcome() + " -> " + this.followUp.get().outcome();
		}
		return this;
	}

	public TicketCase apply(Instant now) {
		if (this.note != null) {
			this.history.add(new TicketCase.HistoryEntry(now, this.state, this.note));
		}
		if (this.followUpNote != null) {
			this.history.add(new TicketCase.HistoryEntry(now, this.state, this.followUpNote));
		}
		TicketCase b = this.base;
		return new TicketCase(b.issueId(), b.issueKey(), b.projectKey(), b.source(), this.state, this.outcome,
				b.ticket(), this.triage, this.assignment, this.outbox, this.replies, this.history, this.lease,
				this.dueAt, b.receivedAt(), now, this.firstActionAt, this.shadow, b.resolutions(), b.harvest(),
				this.followUp, this.people);
	}

}

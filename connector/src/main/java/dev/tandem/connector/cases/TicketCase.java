package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.connector.assignment.AssignmentResult;
import dev.tandem.connector.triage.TriageResult;

/**
 * Everything Tandem knows and plans about one ticket: the document {@code <issueId>} in
 * {@code <prefix>-cases}. Its id makes intake idempotent (a ticket arriving by webhook
 * and by catch-up polling is one case); its version makes processing safe across
 * instances (every write checks {@code if_seq_no}/{@code if_primary_term}); its lease
 * says which instance works on it now.
 *
 * @param issueId Jira's issue id (stable when the key changes)
 * @param issueKey issue key when received
 * @param projectKey project key
 * @param source how it arrived: {@code webhook} or {@code catch-up}
 * @param state where the case is
 * @param outcome how it ended or stands
 * @param ticket the ticket, masked
 * @param triage the decision, once taken
 * @param assignment who got it, when a person was chosen
 * @param outbox Jira actions, in order
 * @param replies comments that arrived after the case was opened
 * @param history state changes
 * @param lease which instance works on it, until when
 * @param dueAt when a worker should look at it next (absent: nothing to do)
 * @param receivedAt when it was stored
 * @param updatedAt last change
 * @param firstActionAt when the first Jira action was done
 * @param shadow decided in shadow mode
 * @param resolutions resolutions and reopenings seen in Jira, oldest first
 * @param harvest turning the human resolution into a knowledge-base draft
 * @param followUp what became of Tandem's automatic answer, when it gave one
 * @param people a person's first public reply and the customer's satisfaction rating
 * (dashboards)
 */
public record TicketCase(String issueId, String issueKey, String projectKey, String source, CaseState state,
		Optional<CaseOutcome> outcome, TicketSnapshot ticket, Optional<TriageResult> triage,
		Optional<AssignmentResult> assignment, List<OutboxAction> outbox, List<CustomerReply> replies,
		List<HistoryEntry> history, Optional<Lease> lease, Optional<Instant> dueAt, Instant receivedAt,
		Instant updatedAt, Optional<Instant> firstActionAt, boolean shadow, List<ResolutionChange> resolutions,
		Optional<HarvestStep> harvest, Optional<AnswerFollowUp> followUp, PeopleOnCase people) {

	/** A case without resolutions or follow-up (as stored before those were recorded). */
	public TicketCase(String issueId, String issueKey, String projectKey, String source, CaseState state,
			Optional<CaseOutcome> outcome, TicketSnapshot ticket, Optional<TriageResult> triage,
			Optional<AssignmentResult> assignment, List<OutboxAction> outbox, List<CustomerReply> replies,
			List<HistoryEntry> history, Optional<Lease> lease, Optional<Instant> dueAt, Instant receivedAt,
			Instant updatedAt, Optional<Instant> firstActionAt, boolean shadow) {
		this(issueId, issueKey, projectKey, source, state, outcome, ticket, triage, assignment, outbox, replies,
				history, lease, dueAt, receivedAt, updatedAt, firstActionAt, shadow, List.of(), Optional.empty(),
				Optional.empty(), PeopleOnCase.NONE);
	}

	public TicketCase {
		Objects.requireNonNull(issueId, "issueId");
		Objects.requireNonNull(issueKey, "issueKey");
		projectKey = Objects.requireNonNullElse(projectKey, "");
		source = Objects.requireNonNullElse(source, "webhook");
		Objects.requireNonNull(state, "state");
		outcome = Objects.requireNonNullElse(outcome, Optional.empty());
		Objects.requireNonNull(ticket, "ticket");
		triage = Objects.requireNonNullElse(triage, Optional.empty());
		assignment = Objects.requireNonNullElse(assignment, Optional.empty());
		outbox = List.copyOf(Objects.requireNonNullElse(outbox, List.of()));
		replies = List.copyOf(Objects.requireNonNullElse(replies, List.of()));
		history = List.copyOf(Objects.requireNonNullElse(history, List.of()));
		lease = Objects.requireNonNullElse(lease, Optional.empty());
		dueAt = Objects.requireNonNullElse(dueAt, Optional.empty());
		Objects.requireNonNull(receivedAt, "receivedAt");
		updatedAt = Objects.requireNonNullElse(updatedAt, receivedAt);
		firstActionAt = Objects.requireNonNullElse(firstActionAt, Optional.empty());
		resolutions = List.copyOf(Objects.requireNonNullElse(resolutions, List.of()));
		harvest = Objects.requireNonNullElse(harvest, Optional.empty());
		followUp = Objects.requireNonNullElse(followUp, Optional.empty());
		people = Objects.requireNonNullElse(people, PeopleOnCase.NONE);
	}

	/** Whether the last resolution change seen resolved the ticket. */
	public boolean isResolved() {
		return !this.resolutions.isEmpty() && this.resolutions.get(this.resolutions.size() - 1).resolved();
	}

	public boolean hasResolutionChange(String id) {
		return this.resolutions.stream().anyMatch((change) -> change.id().equals(id));
	}

	/** The same case with a resolution change added (and, optionally, a harvest step). */
	public TicketCase withResolution(ResolutionChange change, Optional<HarvestStep> newHarvest, Instant now) {
		List<ResolutionChange> all = new java.util.ArrayList<>(this.resolutions);
		all.add(change);
		return new TicketCase(this.issueId, this.issueKey, this.projectKey, this.source, this.state, this.outcome,
				this.ticket, this.triage, this.assignment, this.outbox, this.replies, this.history, this.lease,
				this.dueAt, this.receivedAt, now, this.firstActionAt, this.shadow, all,
				newHarvest.or(() -> this.harvest), this.followUp, this.people);
	}

	/** The same case with its harvest step changed. */
	public TicketCase withHarvest(HarvestStep step, Instant now) {
		return new TicketCase(this.issueId, this.issueKey, this.projectKey, this.source, this.state, this.outcome,
				this.ticket, this.triage, this.assignment, this.outbox, this.replies, this.history, this.lease,
				this.dueAt, this.receivedAt, now, this.firstActionAt, this.shadow, this.resolutions, Optional.of(step),
				this.followUp, this.people);
	}

	/** The same case with what people did on it changed (a reply, a rating). */
	public TicketCase withPeople(PeopleOnCase changed, Instant now) {
		return new TicketCase(this.issueId, this.issueKey, this.projectKey, this.source, this.state, this.outcome,
				this.ticket, this.triage, this.assignment, this.outbox, this.replies, this.history, this.lease,
				this.dueAt, this.receivedAt, now, this.firstActionAt, this.shadow, this.resolutions, this.harvest,
				this.followUp, changed);
	}

	/** A new case, due now. */
	public static TicketCase received(String issueId, String issueKey, String projectKey, String source,
			TicketSnapshot ticket, Instant now) {
		return new TicketCase(issueId, issueKey, projectKey, source, CaseState.RECEIVED, Optional.empty(), ticket,
				Optional.empty(), Optional.empty(), List.of(), List.of(),
				List.of(new HistoryEntry(now, CaseState.RECEIVED, "received by " + source)), Optional.empty(),
				Optional.of(now), now, now, Optional.empty(), false, List.of(), Optional.empty(), Optional.empty(),
				PeopleOnCase.NONE);
	}

	public CaseChanges change() {
		return new CaseChanges(this);
	}

	public List<CustomerReply> unhandledReplies() {
		return this.replies.stream().filter((reply) -> !reply.handled()).toList();
	}

	public boolean hasReply(String deliveryId) {
		return this.replies.stream().anyMatch((reply) -> reply.id().equals(deliveryId));
	}

	/**
	 * Whether the case has something to do by {@code now}: due then, or a reply not yet
	 * looked at.
	 */
	public boolean isDue(Instant now) {
		return this.dueAt.filter((due) -> !due.isAfter(now)).isPresent() || !unhandledReplies().isEmpty();
	}

	/** Whether some instance's lease on the case is still running at {@code now}. */
	public boolean isLeasedAt(Instant now) {
		return this.lease.filter((held) -> held.until().isAfter(now)).isPresent();
	}

	/** Whether {@code owner} holds the lease until {@code until} at least. */
	public boolean isLeasedTo(String owner, Instant until) {
		return this.lease.filter((held) -> held.owner().equals(owner) && !held.until().isBefore(until)).isPresent();
	}

	public boolean leasedByOtherThan(String owner, Instant now) {
		return this.lease.filter((held) -> !held.owner().equals(owner) && held.until().isAfter(now)).isPresent();
	}

	/**
	 * A step in the case's life.
	 *
	 * @param at when
	 * @param state the state entered
	 * @param note what happened
	 */
	public record HistoryEntry(Instant at, CaseState state, String note) {

	}

	/**
	 * An instance's claim on the case.
	 *
	 * @param owner instance id
	 * @param until when the claim lapses unless renewed (then another instance takes
	 * over)
	 */
	public record Lease(String owner, Instant until) {

	}

}

package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One pending change in Jira, kept in its case until done: the case's outbox. Written to
 * Elasticsearch before it is tried, so a crash never loses it; its
 * {@link #idempotencyKey()} lets a retry find out whether Jira already did it.
 *
 * @param idempotencyKey unique per case and action, e.g. {@code SUP-1/reply/1}
 * @param type what to do
 * @param essential whether the case fails when this action fails permanently (a reply, an
 * assignment) or just records it (a label, a transition)
 * @param body text for replies and notes
 * @param userId assignee for {@link ActionType#ASSIGN}
 * @param addLabels labels for {@link ActionType#EDIT}
 * @param priority priority name for {@link ActionType#EDIT}
 * @param transition transition name or id for {@link ActionType#TRANSITION}
 * @param status where it stands
 * @param attempts attempts started so far
 * @param startedAt when the last attempt started (an attempt started but not finished
 * means Jira may have done it: check before trying again)
 * @param nextAttemptAt not before this moment
 * @param lastError the last failure, readable
 * @param doneAt when it was done (or failed for good)
 * @param result what Jira returned, e.g. the comment id
 */
public record OutboxAction(String idempotencyKey, ActionType type, boolean essential, Optional<RichText> body,
		Optional<String> userId, List<String> addLabels, Optional<String> priority, Optional<String> transition,
		ActionStatus status, int attempts, Optional<Instant> startedAt, Optional<Instant> nextAttemptAt,
		Optional<String> lastError, Optional<Instant> doneAt, Optional<String> result) {

	public OutboxAction {
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(type, "type");
		body = Objects.requireNonNullElse(body, Optional.empty());
		userId = Objects.requireNonNullElse(userId, Optional.empty());
		addLabels = List.copyOf(Objects.requireNonNullElse(addLabels, List.of()));
		priority = Objects.requireNonNullElse(priority, Optional.empty());
		transition = Objects.requireNonNullElse(transition, Optional.empty());
		Objects.requireNonNull(status, "status");
		startedAt = Objects.requireNonNullElse(startedAt, Optional.empty());
		nextAttemptAt = Objects.requireNonNullElse(nextAttemptAt, Optional.empty());
		lastError = Objects.requireNonNullElse(lastError, Optional.empty());
		doneAt = Objects.requireNonNullElse(doneAt, Optional.empty());
		result = Objects.requireNonNullElse(result, Optional.empty());
	}

	private static OutboxAction pending(String key, ActionType type, boolean essential, Optional<RichText> body,
			Optional<String> userId, List<String> labels, Optional<String> priority, Optional<String> transition) {
		return new OutboxAction(key, type, essential, body, userId, labels, priority, transition, ActionStatus.PENDING,
				0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	public static OutboxAction reply(String key, RichText body) {
		return pending(key, ActionType.PUBLIC_REPLY, true, Optional.of(body), Optional.empty(), List.of(),
				Optional.empty(), Optional.empty());
	}

	public static OutboxAction internalNote(String key, RichText body) {
		return pending(key, ActionType.INTERNAL_NOTE, false, Optional.of(body), Optional.empty(), List.of(),
				Optional.empty(), Optional.empty());
	}

	public static OutboxAction assign(String key, String userId) {
		return pending(key, ActionType.ASSIGN, true, Optional.empty(), Optional.of(userId), List.of(), Optional.empty(),
				Optional.empty());
	}

	public static OutboxAction edit(String key, List<String> labels, Optional<String> priority) {
		return pending(key, ActionType.EDIT, false, Optional.empty(), Optional.empty(), labels, priority,
				Optional.empty());
	}

	public static OutboxAction transition(String key, String transition) {
		return pending(key, ActionType.TRANSITION, false, Optional.empty(), Optional.empty(), List.of(),
				Optional.empty(), Optional.of(transition));
	}

	/** The same action, not essential: its permanent failure does not fail the case. */
	public OutboxAction optional() {
		return new OutboxAction(this.idempotencyKey, this.type, false, this.body, this.userId, this.addLabels,
				this.priority, this.transition, this.status, this.attempts, this.startedAt, this.nextAttemptAt,
				this.lastError, this.doneAt, this.result);
	}

	public boolean isPending() {
		return this.status == ActionStatus.PENDING;
	}

	/** Whether an earlier attempt started and its outcome was never recorded. */
	public boolean outcomeUnknown() {
		return this.status == ActionStatus.PENDING && this.startedAt.isPresent();
	}

	public boolean dueAt(Instant now) {
		return isPending() && this.nextAttemptAt.map((next) -> !next.isAfter(now)).orElse(true);
	}

	/** About to try: counted and time-stamped before Jira is called. */
	public OutboxAction started(Instant now) {
		return new OutboxAction(this.idempotencyKey, this.type, this.essential, this.body, this.userId, this.addLabels,
				this.priority, this.transition, this.status, this.attempts + 1, Optional.of(now), Optional.empty(),
				this.lastError, this.doneAt, this.result);
	}

	public OutboxAction done(Instant now, Optional<String> result) {
		return new OutboxAction(this.idempotencyKey, this.type, this.essential, this.body, this.userId, this.addLabels,
				this.priority, this.transition, ActionStatus.DONE, this.attempts, Optional.empty(), Optional.empty(),
				this.lastError, Optional.of(now), result);
	}

	/**
	 * Failed, to be tried again at {@code next}.
	 * @param outcomeUnknown whether Jira may have done it anyway (no answer, or a server
	 * error): the next attempt checks first
	 */
	public OutboxAction retryAt(Instant next, String error, boolean outcomeUnknown) {
		return new OutboxAction(this.idempotencyKey, this.type, this.essential, this.body, this.userId, this.addLabels,
				this.priority, this.transition, ActionStatus.PENDING, this.attempts,
				outcomeUnknown ? this.startedAt : Optional.empty(), Optional.of(next), Optional.of(error), this.doneAt,
				this.result);
	}

	public OutboxAction failed(Instant now, String error) {
		return new OutboxAction(this.idempotencyKey, this.type, this.essential, this.body, this.userId, this.addLabels,
				this.priority, this.transition, ActionStatus.FAILED, this.attempts, Optional.empty(), Optional.empty(),
				Optional.of(error), Optional.of(now), this.result);
	}

	public OutboxAction skipped(Instant now, String why) {
		return new OutboxAction(this.idempotencyKey, this.type, this.essential, this.body, this.userId, this.addLabels,
				this.priority, this.transition, ActionStatus.SKIPPED, this.attempts, Optional.empty(), Optional.empty(),
				Optional.of(why), Optional.of(now), this.result);
	}

}

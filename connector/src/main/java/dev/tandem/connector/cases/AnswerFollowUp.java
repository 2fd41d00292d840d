package dev.tandem.connector.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened after Tandem answered a ticket automatically: the case field
 * {@code followUp}. Every transition is a pure function that returns the same value when
 * it has nothing to change, so an event delivered twice, or handled by two instances, has
 * no second effect (the case's optimistic concurrency does the rest).
 *
 * <pre>
 * PENDING --customer yes--> CONFIRMED --resolved, not reopened for N days--> (durable)
 * PENDING --customer no / person--> REJECTED
 * PENDING --resolved in Jira, or no reply within the timeout--> CLOSED_WITHOUT_REPLY --N days--> (durable)
 * CONFIRMED / CLOSED_WITHOUT_REPLY --reopened before durable--> REOPENED
 * </pre>
 *
 * @param articleIds the articles the automatic answer showed the customer
 * @param category the category of the answered article, when known
 * @param confidence retrieval's calibrated confidence when Tandem answered
 * @param outcome what became of the answer
 * @param answeredAt when the answer was posted
 * @param repliedAt when the customer's deciding reply came
 * @param resolvedAt when the ticket counted as resolved (customer confirmed, Jira
 * resolved it, or the reply timeout ran out)
 * @param durableAt when the resolution became durable (not reopened within the window)
 * @param reopenedAt when a reopen within the window undid the resolution
 */
public record AnswerFollowUp(List<String> articleIds, Optional<String> category, double confidence,
		FollowUpOutcome outcome, Instant answeredAt, Optional<Instant> repliedAt, Optional<Instant> resolvedAt,
		Optional<Instant> durableAt, Optional<Instant> reopenedAt) {

	public AnswerFollowUp {
		articleIds = List.copyOf(Objects.requireNonNullElse(articleIds, List.of()));
		category = Objects.requireNonNullElse(category, Optional.empty());
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(answeredAt, "answeredAt");
		repliedAt = Objects.requireNonNullElse(repliedAt, Optional.empty());
		resolvedAt = Objects.requireNonNullElse(resolvedAt, Optional.empty());
		durableAt = Objects.requireNonNullElse(durableAt, Optional.empty());
		reopenedAt = Objects.requireNonNullElse(reopenedAt, Optional.empty());
	}

	/** An automatic answer just posted. */
	public static AnswerFollowUp pending(List<String> articleIds, Optional<String> category, double confidence,
			Instant answeredAt) {
		return new AnswerFollowUp(articleIds, category, confidence, FollowUpOutcome.PENDING, answeredAt,
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	/**
	 * The customer said it solved the problem. Counts as the resolution (the durability
	 * window starts). A confirmation after the reply timeout upgrades a silent close.
	 */
	public AnswerFollowUp confirmed(Instant at) {
		if (this.outcome != FollowUpOutcome.PENDING && this.outcome != FollowUpOutcome.CLOSED_WITHOUT_REPLY) {
			return this;
		}
		Instant resolved = (this.outcome == FollowUpOutcome.PENDING) ? at : this.resolvedAt.orElse(at);
		return with(FollowUpOutcome.CONFIRMED, Optional.of(at), Optional.of(resolved), this.durableAt, this.reopenedAt);
	}

	/** The customer's reply sent the ticket to a person: the answer did not help. */
	public AnswerFollowUp rejected(Instant at) {
		if (this.outcome != FollowUpOutcome.PENDING && this.outcome != FollowUpOutcome.CLOSED_WITHOUT_REPLY) {
			return this;
		}
		return with(FollowUpOutcome.REJECTED, Optional.of(at), this.resolvedAt, Optional.empty(), this.reopenedAt);
	}

	/**
	 * Jira resolved the ticket. Without a reply from the customer that is a close without
	 * reply; after a confirmation the resolution time stays the confirmation's.
	 */
	public AnswerFollowUp resolved(Instant at) {
		if (this.outcome == FollowUpOutcome.PENDING) {
			return with(FollowUpOutcome.CLOSED_WITHOUT_REPLY, this.repliedAt, Optional.of(at), this.durableAt,
					this.reopenedAt);
		}
		return this;
	}

	/** No reply within the timeout: counts as closed without reply at its end. */
	public AnswerFollowUp timedOut(Duration replyTimeout, Instant now) {
		Instant deadline = this.answeredAt.plus(replyTimeout);
		if (this.outcome != FollowUpOutcome.PENDING || now.isBefore(deadline)) {
			return this;
		}
		return with(FollowUpOutcome.CLOSED_WITHOUT_REPLY, this.repliedAt, Optional.of(deadline), this.durableAt,
				this.reopenedAt);
	}

	/**
	 * Jira reopened the ticket. Within the durability window (not durable yet) the
	 * resolution failed; a reopen after it became durable is a new problem and changes
	 * nothing here.
	 */
	public AnswerFollowUp reopened(Instant at) {
		boolean resolvedOnce = this.outcome == FollowUpOutcome.CONFIRMED
				|| this.outcome == FollowUpOutcome.CLOSED_WITHOUT_REPLY;
		if (!resolvedOnce || this.durableAt.isPresent()) {
			return this;
		}
		return with(FollowUpOutcome.REOPENED, this.repliedAt, this.resolvedAt, Optional.empty(), Optional.of(at));
	}

	/** Marks the resolution durable once the window has passed without a reopen. */
	public AnswerFollowUp durableBy(Duration window, Instant now) {
		boolean resolvedOnce = this.outcome == FollowUpOutcome.CONFIRMED
				|| this.outcome == FollowUpOutcome.CLOSED_WITHOUT_REPLY;
		if (!resolvedOnce || this.durableAt.isPresent() || this.resolvedAt.isEmpty()) {
			return this;
		}
		Instant durable = this.resolvedAt.get().plus(window);
		if (now.isBefore(durable)) {
			return this;
		}
		return with(this.outcome, this.repliedAt, this.resolvedAt, Optional.of(durable), this.reopenedAt);
	}

	/** Whether the answer counts as a success: confirmed, or durable. */
	public boolean succeeded() {
		return this.outcome == FollowUpOutcome.CONFIRMED || this.durableAt.isPresent();
	}

	private AnswerFollowUp with(FollowUpOutcome newOutcome, Optional<Instant> replied, Optional<Instant> resolved,
			Optional<Instant> durable, Optional<Instant> reopened) {
		return new AnswerFollowUp(this.articleIds, this.category, this.confidence, newOutcome, this.answeredAt, replied,
				resolved, durable, reopened);
	}

}

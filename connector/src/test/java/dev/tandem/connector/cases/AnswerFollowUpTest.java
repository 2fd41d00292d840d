package dev.tandem.connector.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerFollowUpTest {

	private static final Instant ANSWERED = Instant.parse("2026-11-02T09:00:00Z");

	private static final Duration WEEK = Duration.ofDays(7);

	private final AnswerFollowUp pending = AnswerFollowUp.pending(List.of("refund-time"), Optional.of("billing"), 0.97,
			ANSWERED);

	@Test
	void customerConfirmationResolvesAndStartsTheDurabilityWindow() {
		Instant yes = ANSWERED.plus(Duration.ofHours(2));
		AnswerFollowUp confirmed = this.pending.confirmed(yes);
		assertThat(confirmed.outcome()).isEqualTo(FollowUpOutcome.CONFIRMED);
		assertThat(confirmed.resolvedAt()).contains(yes);
		assertThat(confirmed.durableBy(WEEK, yes.plus(Duration.ofDays(6)))).isEqualTo(confirmed);
		assertThat(confirmed.durableBy(WEEK, yes.plus(Duration.ofDays(8))).durableAt()).contains(yes.plus(WEEK));
	}

	@Test
	void customerRejectionIsAFailureAndNeverBecomesDurable() {
		AnswerFollowUp rejected = this.pending.rejected(ANSWERED.plusSeconds(60));
		assertThat(rejected.outcome()).isEqualTo(FollowUpOutcome.REJECTED);
		assertThat(rejected.outcome().isFailure()).isTrue();
		assertThat(rejected.resolved(ANSWERED.plusSeconds(600))).isEqualTo(rejected);
		assertThat(rejected.durableBy(WEEK, ANSWERED.plus(Duration.ofDays(30)))).isEqualTo(rejected);
		assertThat(rejected.succeeded()).isFalse();
	}

	@Test
	void resolvedInJiraWithoutAReplyIsClosedWithoutReply() {
		Instant resolved = ANSWERED.plus(Duration.ofDays(1));
		AnswerFollowUp closed = this.pending.resolved(resolved);
		assertThat(closed.outcome()).isEqualTo(FollowUpOutcome.CLOSED_WITHOUT_REPLY);
		assertThat(closed.resolvedAt()).contains(resolved);
		assertThat(closed.succeeded()).isFalse();
		assertThat(closed.durableBy(WEEK, resolved.plus(WEEK)).succeeded()).isTrue();
	}

	@Test
	void noReplyWithinTheTimeoutCountsAsClosedWithoutReplyAtTheDeadline() {
		Duration timeout = Duration.ofDays(5);
		assertThat(this.pending.timedOut(timeout, ANSWERED.plus(Duration.ofDays(4)))).isEqualTo(this.pending);
		AnswerFollowUp closed = this.pending.timedOut(timeout, ANSWERED.plus(Duration.ofDays(9)));
		assertThat(closed.outcome()).isEqualTo(FollowUpOutcome.CLOSED_WITHOUT_REPLY);
		assertThat(closed.resolvedAt()).contains(ANSWERED.plus(timeout));
	}

	@Test
	void aLateConfirmationUpgradesASilentCloseAndKeepsItsResolutionTime() {
		AnswerFollowUp closed = this.pending.resolved(ANSWERED.plus(Duration.ofDays(1)));
		AnswerFollowUp confirmed = closed.confirmed(ANSWERED.plus(Duration.ofDays(2)));
		assertThat(confirmed.outcome()).isEqualTo(FollowUpOutcome.CONFIRMED);
		assertThat(confirmed.resolvedAt()).contains(ANSWERED.plus(Duration.ofDays(1)));
	}

	@Test
	void reopenWithinTheWindowUndoesTheResolution() {
		AnswerFollowUp confirmed = this.pending.confirmed(ANSWERED.plusSeconds(60));
		AnswerFollowUp reopened = confirmed.reopened(ANSWERED.plus(Duration.ofDays(3)));
		assertThat(reopened.outcome()).isEqualTo(FollowUpOutcome.REOPENED);
		assertThat(reopened.reopenedAt()).contains(ANSWERED.plus(Duration.ofDays(3)));
		assertThat(reopened.durableBy(WEEK, ANSWERED.plus(Duration.ofDays(30)))).isEqualTo(reopened);
		assertThat(reopened.succeeded()).isFalse();
	}

	@Test
	void reopenAfterTheResolutionBecameDurableChangesNothing() {
		AnswerFollowUp durable = this.pending.confirmed(ANSWERED).durableBy(WEEK, ANSWERED.plus(Duration.ofDays(8)));
		assertThat(durable.reopened(ANSWERED.plus(Duration.ofDays(20)))).isEqualTo(durable);
	}

	@Test
	void redeliveredEventsChangeNothingTheSecondTime() {
		Instant at = ANSWERED.plus(Duration.ofDays(1));
		AnswerFollowUp once = this.pending.resolved(at);
		assertThat(once.resolved(at)).isEqualTo(once);
		AnswerFollowUp reopened = once.reopened(at.plusSeconds(10));
		assertThat(reopened.reopened(at.plusSeconds(10))).isEqualTo(reopened);
		AnswerFollowUp confirmed = this.pending.confirmed(at);
		assertThat(confirmed.confirmed(at.plusSeconds(5))).isEqualTo(confirmed);
		AnswerFollowUp durable = confirmed.durableBy(WEEK, at.plus(WEEK));
		assertThat(durable.durableBy(WEEK, at.plus(Duration.ofDays(9)))).isEqualTo(durable);
	}

	@Test
	void aPendingAnswerIsNotReopenedByAReopenWithoutAResolution() {
		assertThat(this.pending.reopened(ANSWERED.plusSeconds(5))).isEqualTo(this.pending);
	}

}

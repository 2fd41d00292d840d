package dev.tandem.connector.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tandem.connector.cases.AnswerFollowUp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DurabilityTest {

	private static final Instant ANSWERED = Instant.parse("2026-11-02T09:00:00Z");

	private static final Duration WEEK = Duration.ofDays(7);

	private final Durability durability = new Durability(WEEK);

	private final AnswerFollowUp pending = AnswerFollowUp.pending(List.of("refund-time"), Optional.of("billing"), 0.95,
			ANSWERED);

	@Test
	void aConfirmedAnswerIsDurableOnceItsResolutionStoodTheWindow() {
		Instant confirmed = ANSWERED.plusSeconds(600);
		AnswerFollowUp answer = this.pending.confirmed(confirmed);

		assertThat(Durability.resolvedAutomatically(answer)).isTrue();
		assertThat(this.durability.isDurable(answer, confirmed.plus(WEEK).minusSeconds(1))).isFalse();
		assertThat(this.durability.isDurable(answer, confirmed.plus(WEEK))).isTrue();
	}

	@Test
	void theScheduledChecksRecordedMomentCountsEvenAfterTheWindowChanged() {
		Instant resolved = ANSWERED.plus(Duration.ofHours(2));
		AnswerFollowUp recorded = this.pending.resolved(resolved).durableBy(WEEK, resolved.plus(WEEK));

		Durability longer = new Durability(Duration.ofDays(30));
		assertThat(longer.durableFrom(recorded)).contains(resolved.plus(WEEK));
		assertThat(longer.isDurable(recorded, resolved.plus(WEEK))).isTrue();
	}

	@Test
	void rejectedReopenedAndWaitingAnswersAreNeitherResolvedNorDurable() {
		Instant later = ANSWERED.plus(Duration.ofDays(60));
		AnswerFollowUp rejected = this.pending.rejected(ANSWERED.plusSeconds(60));
		AnswerFollowUp reopened = this.pending.resolved(ANSWERED.plusSeconds(60))
			.reopened(ANSWERED.plus(Duration.ofDays(1)));

		for (AnswerFollowUp answer : List.of(this.pending, rejected, reopened)) {
			assertThat(Durability.resolvedAutomatically(answer)).as(answer.outcome().name()).isFalse();
			assertThat(this.durability.isDurable(answer, later)).as(answer.outcome().name()).isFalse();
		}
	}

	@Test
	void aReopeningAfterTheResolutionWasRecordedDurableChangesNothing() {
		Instant resolved = ANSWERED.plusSeconds(60);
		AnswerFollowUp answer = this.pending.resolved(resolved)
			.durableBy(WEEK, resolved.plus(WEEK))
			.reopened(resolved.plus(Duration.ofDays(10)));

		assertThat(this.durability.isDurable(answer, resolved.plus(Duration.ofDays(11)))).isTrue();
	}

	@Test
	void refusesANegativeWindow() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Durability(Duration.ofDays(-1)))
			.withMessageContaining("durable-after");
	}

}

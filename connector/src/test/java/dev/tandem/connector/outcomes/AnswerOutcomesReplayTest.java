package dev.tandem.connector.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.FollowUpOutcome;
import dev.tandem.connector.cases.ResolutionChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerOutcomesReplayTest {

	private static final Instant ANSWERED = Instant.parse("2026-11-02T09:00:00Z");

	private final AnswerFollowUp pending = AnswerFollowUp.pending(List.of("a"), Optional.of("billing"), 0.9, ANSWERED);

	@Test
	void replaysResolutionsWhoseEventsWereLost() {
		List<ResolutionChange> changes = List.of(change("1", true, 1), change("2", false, 2));
		AnswerFollowUp replayed = AnswerOutcomes.replay(this.pending, changes);
		assertThat(replayed.outcome()).isEqualTo(FollowUpOutcome.REOPENED);
		assertThat(replayed.resolvedAt()).contains(ANSWERED.plus(Duration.ofDays(1)));
	}

	@Test
	void changesNothingWhenTheEventsWereHandled() {
		List<ResolutionChange> changes = List.of(change("1", true, 1));
		AnswerFollowUp handled = this.pending.resolved(ANSWERED.plus(Duration.ofDays(1)));
		assertThat(AnswerOutcomes.replay(handled, changes)).isEqualTo(handled);
	}

	@Test
	void ignoresResolutionsFromBeforeTheAnswer() {
		assertThat(AnswerOutcomes.replay(this.pending, List.of(change("0", true, -3)))).isEqualTo(this.pending);
	}

	private static ResolutionChange change(String id, boolean resolved, int day) {
		return new ResolutionChange(id, resolved, Optional.empty(), ANSWERED.plus(Duration.ofDays(day)), "webhook");
	}

}

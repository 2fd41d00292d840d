package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.store.DocumentVersion;
import dev.tandem.connector.store.Versioned;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The versions this instance remembers, and when a case counts as due. */
class RecentCasesTest {

	private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

	private final TicketCase received = TestCases.received(NOW);

	@Test
	void keepsTheNewestVersionWhateverOrderTheyArriveIn() {
		RecentCases recent = new RecentCases(10);
		recent.remember(new Versioned<>("1", this.received, 7, 1));
		recent.remember(new Versioned<>("1", this.received, 5, 1));
		assertThat(recent.get("1")).map(Versioned::seqNo).contains(7L);

		recent.remember(new Versioned<>("1", this.received, 2, 2));
		assertThat(recent.get("1")).map(Versioned::primaryTerm).contains(2L);
	}

	@Test
	void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
		RecentCases recent = new RecentCases(2);
		recent.remember(new Versioned<>("a", this.received, 1, 1));
		recent.remember(new Versioned<>("b", this.received, 1, 1));
		recent.get("a");
		recent.remember(new Versioned<>("c", this.received, 1, 1));

		assertThat(recent.get("a")).isPresent();
		assertThat(recent.get("b")).isEmpty();
		assertThat(recent.size()).isEqualTo(2);
	}

	@Test
	void aCaseIsDueWhenItsTimeCameOrAReplyWaits() {
		assertThat(this.received.isDue(NOW)).isTrue();
		TicketCase later = this.received.change().dueAt(Optional.of(NOW.plusSeconds(5))).apply(NOW);
		assertThat(later.isDue(NOW)).isFalse();
		assertThat(later.isDue(NOW.plusSeconds(5))).isTrue();
		TicketCase finished = this.received.change().dueAt(Optional.empty()).apply(NOW);
		assertThat(finished.isDue(NOW)).isFalse();
		TicketCase replied = finished.change()
			.replies(List.of(new CustomerReply("d-1", "c-1", Optional.of("customer"), true, "no", NOW, Optional.empty(),
					Optional.empty())))
			.apply(NOW);
		assertThat(replied.isDue(NOW)).isTrue();
	}

	@Test
	void aSearchedVersionIsComparedWithinItsPrimaryTermOnly() {
		Versioned<TicketCase> known = new Versioned<>("1", this.received, 9, 1);
		assertThat(new DocumentVersion("1", 9, 1).isNotNewerThan(known)).isTrue();
		assertThat(new DocumentVersion("1", 8, 1).isNotNewerThan(known)).isTrue();
		assertThat(new DocumentVersion("1", 10, 1).isNotNewerThan(known)).isFalse();
		assertThat(new DocumentVersion("1", 3, 2).isNotNewerThan(known)).isFalse();
		assertThat(new DocumentVersion("1", -1, -1).isNotNewerThan(known)).isFalse();
	}

}

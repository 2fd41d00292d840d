package dev.tandem.connector.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.CustomerReply;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.cases.TestCases;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Claiming a case from the version this instance remembers: no read when it shows work to
 * do, a read of the stored one whenever it says there is nothing to do or a write with it
 * conflicts.
 */
class ClaimedCaseTest {

	private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

	private static final Duration LEASE = Duration.ofSeconds(60);

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final CaseStore store = mock(CaseStore.class);

	private final TicketCase received = TestCases.received(NOW);

	@Test
	void aNewCaseLeasedToThisInstanceIsClaimedWithoutAReadOrAWrite() {
		TicketCase leased = this.received.change()
			.lease(Optional.of(new TicketCase.Lease("me", NOW.plusSeconds(15))))
			.apply(NOW);
		given(this.store.remembered("1")).willReturn(Optional.of(new Versioned<>("1", leased, 3, 1)));

		assertThat(ClaimedCase.claim(this.store, "1", "me", LEASE, this.clock)).isPresent();

		verify(this.store, never()).find(any());
		verify(this.store, never()).save(any());
	}

	@Test
	void aRememberedVersionThatSaysNothingIsDueIsCheckedAgainstTheStoredOne() {
		TicketCase finished = this.received.change().dueAt(Optional.empty()).apply(NOW);
		// another instance's intake added a reply since, and that instance died
		TicketCase replied = finished.change()
			.replies(List.of(new CustomerReply("d-1", "c-1", Optional.of("customer"), true, "no", NOW, Optional.empty(),
					Optional.empty())))
			.dueAt(Optional.of(NOW))
			.apply(NOW);
		given(this.store.remembered("1")).willReturn(Optional.of(new Versioned<>("1", finished, 5, 1)));
		given(this.store.find("1")).willReturn(Optional.of(new Versioned<>("1", replied, 6, 1)));
		given(this.store.save(any())).willAnswer((invocation) -> invocation.getArgument(0));

		Optional<ClaimedCase> claimed = ClaimedCase.claim(this.store, "1", "me", LEASE, this.clock);

		assertThat(claimed).hasValueSatisfying((claim) -> assertThat(claim.value().unhandledReplies()).hasSize(1));
		verify(this.store).find("1");
	}

	@Test
	void aStoredVersionThatSaysNothingIsDueIsNotClaimed() {
		TicketCase finished = this.received.change().dueAt(Optional.empty()).apply(NOW);
		given(this.store.remembered("1")).willReturn(Optional.empty());
		given(this.store.find("1")).willReturn(Optional.of(new Versioned<>("1", finished, 5, 1)));

		assertThat(ClaimedCase.claim(this.store, "1", "me", LEASE, this.clock)).isEmpty();

		verify(this.store, never()).save(any());
	}

	@Test
	void aRememberedVersionWhoseLeaseWriteConflictsIsReadAgain() {
		given(this.store.remembered("1")).willReturn(Optional.of(new Versioned<>("1", this.received, 1, 1)));
		given(this.store.find("1")).willReturn(Optional.of(new Versioned<>("1", this.received, 2, 1)));
		given(this.store.save(any())).willAnswer((invocation) -> {
			Versioned<TicketCase> written = invocation.getArgument(0);
			if (written.seqNo() == 1) {
				throw new VersionConflictException("cases/1 was changed by another writer", null);
			}
			return new Versioned<>("1", written.value(), written.seqNo() + 1, 1);
		});

		Optional<ClaimedCase> claimed = ClaimedCase.claim(this.store, "1", "me", LEASE, this.clock);

		assertThat(claimed).hasValueSatisfying(
				(claim) -> assertThat(claim.value().lease()).map(TicketCase.Lease::owner).contains("me"));
		verify(this.store).find("1");
	}

}

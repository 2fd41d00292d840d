package dev.tandem.connector.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.CaseChanges;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;

/**
 * A case this instance holds the lease on. Every save checks the version read and renews
 * the lease; a conflicting write (a reply added by intake, or another instance that took
 * over an expired lease) surfaces as {@link VersionConflictException}, after which
 * {@link #reload()} says whether the lease is still ours.
 */
final class ClaimedCase {

	private final CaseStore store;

	private final String owner;

	private final Duration leaseTime;

	private final Clock clock;

	private Versioned<TicketCase> current;

	private ClaimedCase(CaseStore store, String owner, Duration leaseTime, Clock clock, Versioned<TicketCase> current) {
		this.store = store;
		this.owner = owner;
		this.leaseTime = leaseTime;
		this.clock = clock;
		this.current = current;
	}

	/**
	 * Takes the lease on a case when it is free (never leased, expired, or ours already).
	 */
	static Optional<ClaimedCase> claim(CaseStore store, String issueId, String owner, Duration leaseTime, Clock clock) {
		Optional<Versioned<TicketCase>> found = store.find(issueId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		TicketCase value = found.get().value();
		if (value.leasedByOtherThan(owner, now)) {
			return Optional.empty();
		}
		TicketCase leased = value.change()
			.lease(Optional.of(new TicketCase.Lease(owner, now.plus(leaseTime))))
			.apply(value.updatedAt());
		try {
			return Optional.of(new ClaimedCase(store, owner, leaseTime, clock, store.save(found.get().with(leased))));
		}
		catch (VersionConflictException ex) {
			// someone else claimed or changed it at the same moment: they will process
			// it,
			// or the next sweep will
			return Optional.empty();
		}
	}

	TicketCase value() {
		return this.current.value();
	}

	/** Saves a changed case (the lease renewed). */
	void save(CaseChanges changes) {
		Instant now = this.clock.instant();
		TicketCase changed = changes.lease(Optional.of(new TicketCase.Lease(this.owner, now.plus(this.leaseTime))))
			.apply(now);
		this.current = this.store.save(this.current.with(changed));
	}

	/** Reads the case again after a conflict; false when the lease is no longer ours. */
	boolean reload() {
		Optional<Versioned<TicketCase>> found = this.store.find(this.current.id());
		if (found.isEmpty()) {
			return false;
		}
		this.current = found.get();
		return !this.current.value().leasedByOtherThan(this.owner, this.clock.instant())
				&& this.current.value().lease().map((lease) -> lease.owner().equals(this.owner)).orElse(false);
	}

	/**
	 * Saves a changed case and gives the lease up in the same write, when the case has
	 * nothing left to do until something new arrives (one write less per case).
	 */
	void saveAndRelease(CaseChanges changes) {
		TicketCase changed = changes.lease(Optional.empty()).dueAt(Optional.empty()).apply(this.clock.instant());
		this.current = this.store.save(this.current.with(changed));
	}

	/** Gives the lease up, with when the case is due next (empty: nothing to do). */
	void release(Optional<Instant> dueAt) {
		TicketCase changed = this.current.value()
			.change()
			.lease(Optional.empty())
			.dueAt(dueAt)
			.apply(this.clock.instant());
		this.current = this.store.save(this.current.with(changed));
	}

}

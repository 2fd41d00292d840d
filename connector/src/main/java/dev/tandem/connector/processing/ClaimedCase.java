package dev.tandem.connector.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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

	/**
	 * A lease of this instance with at least this much time left is worked on without a
	 * write to renew it first.
	 */
	static final Duration LEASE_LEFT_TO_GO_ON = Duration.ofSeconds(5);

	private final CaseStore store;

	private final String owner;

	private final Duration leaseTime;

	private final Clock clock;

	private Versioned<TicketCase> current;

	private boolean handOver;

	/**
	 * Actions whose attempt a write of this claim recorded (together with an earlier
	 * change) and that have not been tried yet: their record does not mean Jira may have
	 * done them.
	 */
	private final Set<String> recordedNotTried = new HashSet<>();

	private boolean handedOver;

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
		try {
			return claim(store, issueId, owner, leaseTime, clock, false, (value) -> Optional.empty());
		}
		catch (VersionConflictException ex) {
			// someone else claimed or changed it at the same moment: they will process
			// it, or the next sweep will
			return Optional.empty();
		}
	}

	/**
	 * Takes the lease on a case when it is free, together with the first change the case
	 * needs (one write for both, checked against the version read: the priority lane's
	 * follow-up decision does not wait for a write of its own).
	 * @param handOver whether the lease is given up, and the case left due at once, in
	 * the first write after which no person waits for it any more (the priority lane does
	 * the urgent part only and hands the rest to the ordinary lane)
	 * @param firstChange the change to save with the lease, if any
	 * @throws VersionConflictException when the case changed since it was read (the
	 * caller may read and decide again)
	 */
	static Optional<ClaimedCase> claim(CaseStore store, String issueId, String owner, Duration leaseTime, Clock clock,
			boolean handOver, Function<TicketCase, Optional<CaseChanges>> firstChange) {
		// usually the version this instance just wrote (intake's create, the last step's
		// write): no read needed when it says there is work to do
		Optional<Versioned<TicketCase>> remembered = store.remembered(issueId)
			.filter((known) -> isWorkable(known.value(), owner, clock.instant()));
		if (remembered.isPresent()) {
			try {
				return claim(store, remembered, owner, leaseTime, clock, handOver, firstChange);
			}
			catch (VersionConflictException ex) {
				// another writer was first: decide on the stored version
			}
		}
		// a remembered version that says "nothing to do" may be old (another instance
		// may have added a reply since): only the stored one may say so
		return claim(store, store.find(issueId), owner, leaseTime, clock, handOver, firstChange);
	}

	private static boolean isWorkable(TicketCase value, String owner, Instant now) {
		return !value.leasedByOtherThan(owner, now) && value.isDue(now);
	}

	private static Optional<ClaimedCase> claim(CaseStore store, Optional<Versioned<TicketCase>> found, String owner,
			Duration leaseTime, Clock clock, boolean handOver,
			Function<TicketCase, Optional<CaseChanges>> firstChange) {
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		TicketCase value = found.get().value();
		if (!isWorkable(value, owner, now)) {
			// leased elsewhere, or not due: nothing to do until something new arrives
			// (the sweep's view, a refresh behind, can still show a finished case as due)
			return Optional.empty();
		}
		ClaimedCase claimed = new ClaimedCase(store, owner, leaseTime, clock, found.get());
		claimed.handOver = handOver;
		Optional<CaseChanges> first = firstChange.apply(value);
		if (first.isPresent()) {
			claimed.save(first.get());
		}
		else if (!value.isLeasedTo(owner, now.plus(LEASE_LEFT_TO_GO_ON))) {
			// (a case leased to this instance already, a new one stored by its intake,
			// needs no write here: the first step's write renews the lease)
			TicketCase leased = value.change()
				.lease(Optional.of(new TicketCase.Lease(owner, now.plus(leaseTime))))
				.apply(value.updatedAt());
			claimed.current = store.save(found.get().with(leased));
		}
		return Optional.of(claimed);
	}

	/**
	 * Whether the lease was given up by {@linkplain #claim handing the case over}:
	 * nothing more may be saved through this claim.
	 */
	boolean handedOver() {
		return this.handedOver;
	}

	/**
	 * Whether this claim gives the case up in the first write after which no person waits
	 * for it (the priority lane's claims).
	 */
	boolean handsOver() {
		return this.handOver;
	}

	/**
	 * Whether this claim's lease lasts long enough at {@code now} to make another call
	 * before the next write renews it.
	 */
	boolean leaseLastsAt(Instant now) {
		return this.current.value().isLeasedTo(this.owner, now.plus(LEASE_LEFT_TO_GO_ON));
	}

	TicketCase value() {
		return this.current.value();
	}

	/**
	 * Saves a changed case (the lease renewed; or, when handing over and nobody waits for
	 * the case any more, the lease given up and the case due now, in the same write).
	 */
	void save(CaseChanges changes) {
		Instant now = this.clock.instant();
		TicketCase changed = changes.lease(Optional.of(new TicketCase.Lease(this.owner, now.plus(this.leaseTime))))
			.apply(now);
		boolean handing = this.handOver && !CaseWorker.isUrgent(changed);
		if (handing) {
			changed = changed.change().lease(Optional.empty()).dueAt(Optional.of(now)).apply(now);
		}
		this.current = this.store.save(this.current.with(changed));
		this.handedOver = handing;
	}

	/**
	 * Notes that a write of this claim (just done) recorded an attempt of the action
	 * before its call.
	 */
	void attemptRecorded(String idempotencyKey) {
		this.recordedNotTried.add(idempotencyKey);
	}

	/**
	 * Whether the action's attempt was recorded by this claim and not yet tried (then
	 * nothing needs checking in Jira first); forgets it, as it is about to be tried.
	 */
	boolean takeRecordedAttempt(String idempotencyKey) {
		return this.recordedNotTried.remove(idempotencyKey);
	}

	/** Whether a write of this claim recorded the action's attempt, not yet tried. */
	boolean hasRecordedAttempt(String idempotencyKey) {
		return this.recordedNotTried.contains(idempotencyKey);
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

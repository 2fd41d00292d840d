package dev.tandem.connector.processing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.store.StoreOutageLog;
import dev.tandem.connector.store.StoreUnavailableException;
import dev.tandem.connector.store.VersionConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves one case as far as it can go now: claims its lease, runs the step its state calls
 * for until the case has to wait (for a retry, for the customer, or for nothing), then
 * releases the lease with the time it is due next. Safe to call for any case at any time,
 * from any instance: a case leased elsewhere is left alone, and every write checks the
 * version it read.
 */
public class CaseProcessor {

	private static final Logger log = LoggerFactory.getLogger(CaseProcessor.class);

	private static final int MAX_STEPS = 50;

	private static final int CLAIM_ATTEMPTS = 3;

	private final CaseStore cases;

	private final TriageStep triage;

	private final OutboxStep outbox;

	private final FollowUpStep followUp;

	private final String owner;

	private final Duration lease;

	private final Clock clock;

	private final StoreOutageLog outage;

	private final ProcessingMetrics metrics;

	CaseProcessor(CaseStore cases, TriageStep triage, OutboxStep outbox, FollowUpStep followUp, String owner,
			Duration lease, Clock clock, ProcessingMetrics metrics) {
		this.cases = cases;
		this.triage = triage;
		this.outbox = outbox;
		this.followUp = followUp;
		this.owner = owner;
		this.lease = lease;
		this.clock = clock;
		this.outage = new StoreOutageLog(log, clock, Duration.ofSeconds(30));
		this.metrics = metrics;
	}

	/** Processes the case if it is free; returns whether this instance worked on it. */
	public boolean process(String issueId) {
		return process(issueId, Lane.ANY) != Worked.NOT_CLAIMED;
	}

	/** What a run did with the case. */
	enum Worked {

		/** Leased by another instance, changed meanwhile, or gone. */
		NOT_CLAIMED,

		/**
		 * Moved as far as it goes now (waiting for a retry, the customer, or nothing).
		 */
		PROCESSED,

		/** The lane stopped: the case is released due now, for the ordinary lane. */
		HANDED_OVER

	}

	/**
	 * Where a run happens: asked before each step whether to go on (ordinary work waits
	 * there while a person waits for priority work), and told when the step ended.
	 */
	interface Lane {

		Lane ANY = (current) -> true;

		/** False releases the case due now, for the caller to queue elsewhere. */
		boolean enter(TicketCase current);

		default void leave() {
		}

	}

	/**
	 * The priority lane's run: only the urgent part (the follow-up decision, assigning
	 * the person). The lease is taken in the same write as the follow-up decision, and
	 * given up in the same write that records the assignment done, the case left due at
	 * once for the ordinary lane (acknowledgement, note, labels). On the way to the
	 * person: one read, one write, the call to Jira.
	 */
	Worked processUrgent(String issueId) {
		List<Runnable> audits = new ArrayList<>();
		long started = System.nanoTime();
		Optional<ClaimedCase> claim = Optional.empty();
		try {
			for (int attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
				audits.clear();
				try {
					claim = ClaimedCase.claim(this.cases, issueId, this.owner, this.lease, this.clock, true,
							(current) -> {
								if (!FollowUpStep.isDue(current)) {
									return Optional.empty();
								}
								FollowUpStep.Decided decided = this.followUp.decide(current);
								audits.addAll(decided.audits());
								return Optional.of(decided.changes());
							});
					break;
				}
				catch (VersionConflictException ex) {
					// changed between reading and writing (another reply, a resolution):
					// decide again on what is there now rather than wait for the sweep
					audits.clear();
				}
			}
		}
		catch (StoreUnavailableException ex) {
			this.outage.failed("Case " + issueId + " not processed now (the sweep resumes it)", ex);
			return Worked.NOT_CLAIMED;
		}
		this.outage.succeeded();
		this.metrics.priorityClaim(System.nanoTime() - started);
		if (claim.isEmpty()) {
			return Worked.NOT_CLAIMED;
		}
		ClaimedCase claimed = claim.get();
		try {
			return run(claimed, new Lane() {

				@Override
				public boolean enter(TicketCase current) {
					return CaseWorker.isUrgent(current);
				}

				@Override
				public void leave() {
					// recorded once the person is assigned, not on the way there
					if (!CaseWorker.isUrgent(claimed.value()) || claimed.handedOver()) {
						flush(audits);
					}
				}

			});
		}
		finally {
			flush(audits);
		}
	}

	private static void flush(List<Runnable> audits) {
		List<Runnable> due = List.copyOf(audits);
		audits.clear();
		due.forEach(Runnable::run);
	}

	/** This instance's name in leases. */
	String owner() {
		return this.owner;
	}

	/**
	 * @param lane asked before each step whether to go on here (ordinary work yields to
	 * priority work there; the priority lane stops once the urgent part is done)
	 */
	Worked process(String issueId, Lane lane) {
		Optional<ClaimedCase> claim;
		try {
			claim = ClaimedCase.claim(this.cases, issueId, this.owner, this.lease, this.clock);
		}
		catch (StoreUnavailableException ex) {
			this.outage.failed("Case " + issueId + " not processed now (the sweep resumes it)", ex);
			return Worked.NOT_CLAIMED;
		}
		this.outage.succeeded();
		if (claim.isEmpty()) {
			return Worked.NOT_CLAIMED;
		}
		return run(claim.get(), lane);
	}

	private Worked run(ClaimedCase claimed, Lane lane) {
		Worked worked = Worked.PROCESSED;
		try {
			Next next = Next.proceed();
			for (int steps = 0; next.continueNow() && steps < MAX_STEPS; steps++) {
				if (claimed.handedOver()) {
					return Worked.HANDED_OVER;
				}
				try {
					if (!lane.enter(claimed.value())) {
						next = Next.at(this.clock.instant());
						worked = Worked.HANDED_OVER;
						break;
					}
					try {
						next = step(claimed);
					}
					finally {
						lane.leave();
					}
				}
				catch (VersionConflictException ex) {
					// a reply arrived meanwhile, or the lease lapsed and another instance
					// took over: re-read, and go on only if the case is still ours
					if (!claimed.reload()) {
						log.info("{}: taken over by another instance", claimed.value().issueKey());
						return worked;
					}
					next = Next.proceed();
				}
			}
			if (claimed.handedOver()) {
				return Worked.HANDED_OVER;
			}
			if (!next.leaseReleased()) {
				releaseWhenPossible(claimed, next);
			}
		}
		catch (StoreUnavailableException ex) {
			// the lease expires and the sweep of this or another instance resumes the
			// case
			this.outage.failed(claimed.value().issueKey() + " interrupted (resumed once its lease lapses)", ex);
		}
		catch (RuntimeException ex) {
			log.error("{}: processing failed unexpectedly; the case is retried after its lease expires",
					claimed.value().issueKey(), ex);
		}
		return worked;
	}

	private Next step(ClaimedCase claimed) {
		TicketCase current = claimed.value();
		return switch (current.state()) {
			case RECEIVED -> this.triage.run(claimed);
			case TRIAGED, ACTING -> this.outbox.run(claimed);
			case WAITING_FOR_CUSTOMER, DONE, FAILED ->
				current.unhandledReplies().isEmpty() ? Next.idle() : this.followUp.run(claimed);
		};
	}

	private void releaseWhenPossible(ClaimedCase claimed, Next next) {
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				boolean pendingReplies = !claimed.value().unhandledReplies().isEmpty()
						&& claimed.value().state() != CaseState.RECEIVED;
				claimed.release(pendingReplies ? Optional.of(this.clock.instant()) : next.dueAt());
				return;
			}
			catch (VersionConflictException ex) {
				if (!claimed.reload()) {
					return;
				}
			}
		}
	}

}

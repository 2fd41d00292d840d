package dev.tandem.connector.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.tandem.connector.cases.ActionType;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.FirstLease;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.intake.CatchUpPoller;
import dev.tandem.connector.intake.IntakeProperties;
import dev.tandem.connector.intake.ReplyReceived;
import dev.tandem.connector.intake.TicketReceived;
import dev.tandem.connector.store.StoreOutageLog;
import dev.tandem.connector.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Runs cases on two bounded pools: at once when intake stored something (so a webhook's
 * first action in Jira follows within moments), and from a sweep that picks up whatever
 * is due (retries, cases whose instance died, work that did not fit the queue). Also runs
 * the catch-up poller.
 * <p>
 * Work a person waits for (a customer's reply to an automatic answer: "no", "a person
 * please") goes to the <em>priority lane</em>, a pool of its own: a follow-up never waits
 * behind a backlog of new tickets, whose triage (embedding, retrieval) is the expensive
 * part. The priority lane does the urgent part only (until the person is assigned), then
 * hands the case to the ordinary lane; while priority work is under way, ordinary work
 * pauses before its next step ({@link PriorityGate}). A case is worked on by at most one
 * thread of this instance at a time, whatever lane it was queued in; across instances the
 * case's lease decides.
 */
public class CaseWorker implements SmartLifecycle, FirstLease {

	private static final Logger log = LoggerFactory.getLogger(CaseWorker.class);

	private static final int SWEEP_BATCH = 100;

	/** The lease a new case is stored with ({@link #forNewCase}), at most the lease. */
	static final Duration FIRST_LEASE = Duration.ofSeconds(15);

	/**
	 * The longest an ordinary step waits for priority work (a safety net: the gate always
	 * lets some ordinary steps run, and a waiting step holds its case's lease).
	 */
	private static final Duration ORDINARY_PAUSE_LIMIT = Duration.ofSeconds(10);

	private final CaseProcessor processor;

	private final CaseStore cases;

	private final CatchUpPoller catchUp;

	private final ProcessingProperties properties;

	private final IntakeProperties intake;

	private final Clock clock;

	private final Map<String, QueueSlot> queued = new ConcurrentHashMap<>();

	private final Set<String> rerun = ConcurrentHashMap.newKeySet();

	private final StoreOutageLog outage;

	private final ProcessingMetrics metrics;

	private final PriorityGate gate;

	/**
	 * Set by {@link #start()} before {@link #running}, whose volatile write publishes it.
	 */
	private CasePools pools;

	private volatile boolean running;

	public CaseWorker(CaseProcessor processor, CaseStore cases, CatchUpPoller catchUp, ProcessingProperties properties,
			IntakeProperties intake, ProcessingMetrics metrics, Clock clock) {
		this.metrics = metrics;
		this.processor = processor;
		this.cases = cases;
		this.catchUp = catchUp;
		this.properties = properties;
		this.intake = intake;
		this.clock = clock;
		this.outage = new StoreOutageLog(log, clock, Duration.ofSeconds(30));
		this.gate = new PriorityGate(properties.ordinaryStepsWhileUrgent(), ORDINARY_PAUSE_LIMIT);
	}

	/**
	 * A new case stored by this instance's intake is leased to this instance while its
	 * queue has room (it is queued right after): no write to claim it, and other
	 * instances' sweeps leave it alone. The lease is short, so a case that found the
	 * queue full after all, or whose instance died, is free again soon.
	 */
	@Override
	public Optional<TicketCase.Lease> forNewCase(Instant now) {
		if (!this.running || this.pools.ordinaryQueueFull()) {
			return Optional.empty();
		}
		Duration first = this.properties.lease().compareTo(FIRST_LEASE) < 0 ? this.properties.lease() : FIRST_LEASE;
		return Optional.of(new TicketCase.Lease(this.processor.owner(), now.plus(first)));
	}

	@EventListener
	void on(TicketReceived received) {
		submit(received.issueId());
	}

	@EventListener
	void on(ReplyReceived received) {
		submitUrgent(received.issueId());
	}

	/** Queues a case for processing (no-op when it is queued already). */
	public void submit(String issueId) {
		submit(issueId, true, false);
	}

	/**
	 * Queues a case a person waits for in the priority lane; a case already waiting in
	 * the ordinary queue is queued there as well, and whichever lane reaches it first
	 * runs it.
	 */
	public void submitUrgent(String issueId) {
		submit(issueId, true, true);
	}

	/**
	 * @param news whether something new arrived for the case (then a run already under
	 * way looks again when it ends); the sweep's submissions are not news
	 * @param urgent whether a person waits for it (priority lane)
	 */
	private void submit(String issueId, boolean news, boolean urgent) {
		while (this.running) {
			QueueSlot slot = new QueueSlot(urgent);
			QueueSlot existing = this.queued.putIfAbsent(issueId, slot);
			if (existing == null) {
				if (!enqueue(urgent ? this.pools.priority() : this.pools.ordinary(), issueId, slot)) {
					this.queued.remove(issueId, slot);
				}
				return;
			}
			if (news) {
				this.rerun.add(issueId);
			}
			if (urgent && existing.promote()) {
				enqueue(this.pools.priority(), issueId, existing);
			}
			if (this.queued.get(issueId) == existing) {
				// still queued or running: that run sees the news (a run ends by looking
				// for news after it left the queue)
				return;
			}
		}
	}

	private boolean enqueue(ThreadPoolExecutor pool, String issueId, QueueSlot slot) {
		boolean priority = pool == this.pools.priority();
		if (priority) {
			this.gate.entered();
		}
		long queuedAt = System.nanoTime();
		try {
			pool.execute(() -> {
				if (priority) {
					this.metrics.priorityWait(System.nanoTime() - queuedAt);
				}
				run(issueId, slot, priority);
			});
			return true;
		}
		catch (RejectedExecutionException ex) {
			if (priority) {
				this.gate.left();
			}
			log.debug("Worker queue full; {} waits for the sweep", issueId);
			return false;
		}
	}

	private void run(String issueId, QueueSlot slot, boolean priority) {
		if (!slot.start()) {
			// the other lane got to it first
			if (priority) {
				this.gate.left();
			}
			return;
		}
		boolean handedOver = false;
		try {
			if (priority) {
				// the priority lane does the urgent part only (deciding, assigning the
				// person); the acknowledgement, note and labels go on in the ordinary
				// lane,
				// so a burst of follow-ups does not queue behind each other's remaining
				// actions
				long started = System.nanoTime();
				do {
					this.rerun.remove(issueId);
					handedOver = this.processor.processUrgent(issueId) == CaseProcessor.Worked.HANDED_OVER;
				}
				while (!handedOver && this.rerun.remove(issueId) && this.running);
				this.metrics.priorityRun(System.nanoTime() - started);
			}
			else {
				// promoted to the priority lane but reached first here: no waiting for
				// itself
				CaseProcessor.Lane lane = slot.isUrgent() ? CaseProcessor.Lane.ANY : new OrdinaryLane(this.gate);
				do {
					this.rerun.remove(issueId);
					this.processor.process(issueId, lane);
				}
				while (this.rerun.remove(issueId) && this.running);
			}
		}
		finally {
			if (priority) {
				this.gate.left();
			}
			this.queued.remove(issueId, slot);
			if (this.rerun.remove(issueId)) {
				// news arrived just as the run ended
				submit(issueId, true, slot.isUrgent());
			}
			else if (handedOver) {
				submit(issueId, false, false);
			}
		}
	}

	/**
	 * Whether a person is waiting for this case's next step: a reply not yet looked at,
	 * or an assignment not yet done in Jira.
	 */
	static boolean isUrgent(TicketCase current) {
		return !current.unhandledReplies().isEmpty() || current.outbox()
			.stream()
			.anyMatch((action) -> action.isPending() && action.type() == ActionType.ASSIGN);
	}

	void sweep() {
		try {
			List<String> due = this.cases.due(this.clock.instant(), SWEEP_BATCH);
			this.outage.succeeded();
			for (String issueId : due) {
				if (this.pools.ordinaryQueueFull()) {
					return;
				}
				submit(issueId, false, false);
			}
		}
		catch (StoreUnavailableException ex) {
			this.outage.failed("Sweep skipped (due cases wait)", ex);
		}
		catch (RuntimeException ex) {
			if (this.running) {
				log.error("Sweep failed", ex);
			}
		}
	}

	@Override
	public synchronized void start() {
		this.pools = CasePools.start(this.properties);
		long sweep = this.properties.sweepInterval().toMillis();
		this.pools.timers().scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
		if (this.intake.catchUpEnabled()) {
			long poll = this.intake.catchUpInterval().toMillis();
			this.pools.timers()
				.scheduleWithFixedDelay(this::catchUp, Math.min(poll, 5000), poll, TimeUnit.MILLISECONDS);
		}
		this.running = true;
		log.info("Case worker started: {} threads, {} in the priority lane, sweep every {}", this.properties.threads(),
				this.properties.priorityThreads(), this.properties.sweepInterval());
	}

	private void catchUp() {
		try {
			this.catchUp.poll();
		}
		catch (RuntimeException ex) {
			log.error("Catch-up poll failed", ex);
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.pools != null) {
			this.pools.stop(this.properties.shutdownGrace());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}

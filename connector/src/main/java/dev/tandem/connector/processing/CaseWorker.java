package dev.tandem.connector.processing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.tandem.connector.cases.CaseStore;
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
 * Runs cases on a bounded pool: at once when intake stored something (so a webhook's
 * first action in Jira follows within moments), and from a sweep that picks up whatever
 * is due (retries, cases whose instance died, work that did not fit the queue). Also runs
 * the catch-up poller.
 */
public class CaseWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CaseWorker.class);

	private static final int SWEEP_BATCH = 100;

	private final CaseProcessor processor;

	private final CaseStore cases;

	private final CatchUpPoller catchUp;

	private final ProcessingProperties properties;

	private final IntakeProperties intake;

	private final Clock clock;

	private final Set<String> queued = ConcurrentHashMap.newKeySet();

	private final Set<String> rerun = ConcurrentHashMap.newKeySet();

	private final StoreOutageLog outage;

	private ThreadPoolExecutor workers;

	private ScheduledExecutorService timers;

	private volatile boolean running;

	public CaseWorker(CaseProcessor processor, CaseStore cases, CatchUpPoller catchUp, ProcessingProperties properties,
			IntakeProperties intake, Clock clock) {
		this.processor = processor;
		this.cases = cases;
		this.catchUp = catchUp;
		this.properties = properties;
		this.intake = intake;
		this.clock = clock;
		this.outage = new StoreOutageLog(log, clock, Duration.ofSeconds(30));
	}

	@EventListener
	void on(TicketReceived received) {
		submit(received.issueId());
	}

	@EventListener
	void on(ReplyReceived received) {
		submit(received.issueId());
	}

	/** Queues a case for processing (no-op when it is queued already). */
	public void submit(String issueId) {
		submit(issueId, true);
	}

	/**
	 * @param news whether something new arrived for the case (then a run already under
	 * way looks again when it ends); the sweep's submissions are not news
	 */
	private void submit(String issueId, boolean news) {
		if (!this.running) {
			return;
		}
		if (!this.queued.add(issueId)) {
			if (news) {
				this.rerun.add(issueId);
			}
			return;
		}
		try {
			this.workers.execute(() -> run(issueId));
		}
		catch (RejectedExecutionException ex) {
			this.queued.remove(issueId);
			log.debug("Worker queue full; {} waits for the sweep", issueId);
		}
	}

	private void run(String issueId) {
		try {
			do {
				this.rerun.remove(issueId);
				this.processor.process(issueId);
			}
			while (this.rerun.remove(issueId) && this.running);
		}
		finally {
			this.queued.remove(issueId);
		}
	}

	void sweep() {
		try {
			List<String> due = this.cases.due(this.clock.instant(), SWEEP_BATCH);
			this.outage.succeeded();
			for (String issueId : due) {
				if (this.workers.getQueue().remainingCapacity() == 0) {
					return;
				}
				submit(issueId, false);
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
		AtomicInteger threads = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(this.properties.threads(), this.properties.threads(), 60,
				TimeUnit.SECONDS, new ArrayBlockingQueue<>(this.properties.queue()),
				(runnable) -> new Thread(runnable, "tandem-case-" + threads.incrementAndGet()));
		this.timers = Executors.newSingleThreadScheduledExecutor((runnable) -> new Thread(runnable, "tandem-sweep"));
		long sweep = this.properties.sweepInterval().toMillis();
		this.timers.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
		if (this.intake.catchUpEnabled()) {
			long poll = this.intake.catchUpInterval().toMillis();
			this.timers.scheduleWithFixedDelay(this::catchUp, Math.min(poll, 5000), poll, TimeUnit.MILLISECONDS);
		}
		this.running = true;
		log.info("Case worker started: {} threads, sweep every {}", this.properties.threads(),
				this.properties.sweepInterval());
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
		if (this.timers != null) {
			this.timers.shutdownNow();
		}
		if (this.workers != null) {
			this.workers.shutdown();
			try {
				if (!this.workers.awaitTermination(this.properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
					this.workers.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				this.workers.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}

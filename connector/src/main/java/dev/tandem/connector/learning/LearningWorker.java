package dev.tandem.connector.learning;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.intake.TicketResolved;
import dev.tandem.connector.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Runs {@link ResolutionLearning}: the pending step is written while the event is handled
 * (so a 202 to Jira means the harvest will happen), the harvest itself runs on one
 * background thread; a sweep retries what is due.
 */
public class LearningWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LearningWorker.class);

	private final ResolutionLearning learning;

	private final CaseStore cases;

	private final LearningProperties properties;

	private final Clock clock;

	private ExecutorService harvests;

	private ScheduledExecutorService sweeps;

	private volatile boolean running;

	public LearningWorker(ResolutionLearning learning, CaseStore cases, LearningProperties properties, Clock clock) {
		this.learning = learning;
		this.cases = cases;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	public void on(TicketResolved event) {
		if (this.learning.schedule(event)) {
			submit(event.issueId());
		}
	}

	/** Looks for due harvests once (the sweep; tests call it directly). */
	public int sweep() {
		try {
			var due = this.cases.harvestDue(this.clock.instant(), 50);
			due.forEach(this::submit);
			return due.size();
		}
		catch (StoreUnavailableException ex) {
			log.debug("Harvest sweep skipped: {}", ex.getMessage());
			return 0;
		}
	}

	private void submit(String issueId) {
		ExecutorService executor = this.harvests;
		if (executor == null || !this.running) {
			return;
		}
		try {
			executor.execute(() -> {
				try {
					this.learning.attempt(issueId);
				}
				catch (RuntimeException ex) {
					log.warn("Harvest of case {} failed, the sweep retries: {}", issueId, ex.getMessage());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			log.debug("Harvest of {} left to the sweep (stopping)", issueId);
		}
	}

	@Override
	public synchronized void start() {
		this.harvests = Executors.newSingleThreadExecutor((runnable) -> new Thread(runnable, "tandem-harvest"));
		this.sweeps = Executors
			.newSingleThreadScheduledExecutor((runnable) -> new Thread(runnable, "tandem-harvest-sweep"));
		long interval = this.properties.sweepInterval().toMillis();
		this.sweeps.scheduleWithFixedDelay(this::sweep, interval, interval, TimeUnit.MILLISECONDS);
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.sweeps != null) {
			this.sweeps.shutdownNow();
		}
		if (this.harvests != null) {
			this.harvests.shutdown();
			try {
				this.harvests.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.harvests.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}

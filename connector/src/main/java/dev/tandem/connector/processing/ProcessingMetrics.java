package dev.tandem.connector.processing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The worker's metrics on {@code /actuator/prometheus}: time from a ticket's arrival to
 * Tandem's first change in Jira, retried / failed actions, and where the priority lane's
 * time goes (queued, claim with the follow-up decision, whole run).
 */
public class ProcessingMetrics {

	private final Timer firstAction;

	private final Counter retried;

	private final Counter failed;

	private final Timer priorityWait;

	private final Timer priorityClaim;

	private final Timer priorityRun;

	public ProcessingMetrics(MeterRegistry registry) {
		this.firstAction = Timer.builder("tandem.case.first.action")
			.description("Time from storing a ticket's case to the first action done in Jira")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
		this.retried = Counter.builder("tandem.outbox.retries")
			.description("Jira actions rescheduled after a retriable failure")
			.register(registry);
		this.failed = Counter.builder("tandem.outbox.failures")
			.description("Jira actions that failed for good")
			.register(registry);
		this.priorityWait = Timer.builder("tandem.priority.wait")
			.description("Time a case a person waits for spent queued for a priority-lane thread")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
		this.priorityClaim = Timer.builder("tandem.priority.claim")
			.description("Priority lane: reading the case, deciding the follow-up, writing both with the lease")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
		this.priorityRun = Timer.builder("tandem.priority.run")
			.description("Priority lane: one run, from taking the case to handing it over")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
	}

	void priorityWait(long nanos) {
		this.priorityWait.record(nanos, TimeUnit.NANOSECONDS);
	}

	void priorityClaim(long nanos) {
		this.priorityClaim.record(nanos, TimeUnit.NANOSECONDS);
	}

	void priorityRun(long nanos) {
		this.priorityRun.record(nanos, TimeUnit.NANOSECONDS);
	}

	void firstAction(Duration elapsed) {
		this.firstAction.record(elapsed);
	}

	void retried() {
		this.retried.increment();
	}

	void failed() {
		this.failed.increment();
	}

}

package dev.tandem.connector.processing;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The worker's metrics on {@code /actuator/prometheus}: time from a ticket's arrival to
 * Tandem's first change in Jira, and retried / failed actions.
 */
public class ProcessingMetrics {

	private final Timer firstAction;

	private final Counter retried;

	private final Counter failed;

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

package dev.tandem.connector.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.mode.OperatingMode;
import dev.tandem.jira.JiraDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Checks for spikes every {@code tandem.alerts.check-every}; a new alert is stored once
 * (whichever instance sees it first), audited ({@code alert.raised}), announced
 * ({@link AlertRaised}) and, when {@code tandem.alerts.jira-issue} is set and Tandem runs
 * live, written as an internal note on that issue naming
 * {@code tandem.alerts.jira-group}.
 */
public class AlertMonitor implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);

	private final SpikeDetector detector;

	private final AlertStore store;

	private final AuditLog audit;

	private final OperatingMode mode;

	private final JiraSite jira;

	private final ApplicationEventPublisher events;

	private final AlertProperties properties;

	private final Clock clock;

	private ScheduledExecutorService timer;

	public AlertMonitor(SpikeDetector detector, AlertStore store, AuditLog audit, OperatingMode mode, JiraSite jira,
			ApplicationEventPublisher events, AlertProperties properties, Clock clock) {
		this.detector = detector;
		this.store = store;
		this.audit = audit;
		this.mode = mode;
		this.jira = jira;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** One check now; returns the alerts raised by it. */
	public List<Alert> check() {
		List<Alert> raised = new java.util.ArrayList<>();
		for (Alert alert : this.detector.detect()) {
			if (this.store.raise(alert)) {
				raised.add(alert);
				announce(alert);
			}
		}
		return raised;
	}

	private void announce(Alert alert) {
		String text = AlertStore.describe(alert);
		boolean shadow = this.mode.isShadow();
		this.audit.record(new AuditEntry(this.clock.instant(), "tandem", "alert.raised", Optional.empty(),
				Optional.of(alert.kind().name()), List.of(text),
				Map.of("alert", alert.id(), "count", String.valueOf(alert.count()), "topic", alert.topic().orElse("")),
				shadow));
		this.events.publishEvent(new AlertRaised(alert));
		if (shadow || this.properties.jiraIssue().isEmpty()) {
			return;
		}
		this.jira.client().ifPresent((client) -> {
			try {
				String group = this.properties.jiraGroup().map((g) -> "For " + g + ": ").orElse("");
				client.addInternalNote(this.properties.jiraIssue().get(),
						JiraDocument.plainText(group + "Tandem alert: " + text));
			}
			catch (RuntimeException ex) {
				log.warn("Alert {} could not be noted in Jira: {}", alert.id(), ex.toString());
			}
		});
	}

	@Override
	public void start() {
		if (!this.properties.enabled()) {
			return;
		}
		this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("alerts").daemon().factory());
		long every = this.properties.checkEvery().toMillis();
		this.timer.scheduleWithFixedDelay(this::checkSafely, every, every, TimeUnit.MILLISECONDS);
	}

	private void checkSafely() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			log.warn("Alert check failed: {}", ex.toString());
		}
	}

	@Override
	public void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.timer != null;
	}

}

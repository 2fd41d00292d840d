package dev.tandem.connector.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;

/**
 * Logs an Elasticsearch outage as an operator wants to read it: the first failure in
 * full, then one summary line per {@code every} (how many more failed), and one line when
 * it works again, instead of a line for every webhook Jira retries and every case that
 * waits (thousands in a 30 s outage).
 */
public final class StoreOutageLog {

	private final Logger log;

	private final Clock clock;

	private final Duration every;

	private volatile boolean failing;

	private Instant since;

	private Instant lastLogged;

	private int suppressed;

	private int total;

	public StoreOutageLog(Logger log, Clock clock, Duration every) {
		this.log = log;
		this.clock = clock;
		this.every = every;
	}

	/**
	 * @param what what could not be done and what happens instead, e.g. "Webhook delivery
	 * not stored, Jira will retry"
	 */
	public synchronized void failed(String what, StoreUnavailableException ex) {
		Instant now = this.clock.instant();
		this.total++;
		if (!this.failing) {
			this.failing = true;
			this.since = now;
			this.lastLogged = now;
			this.suppressed = 0;
			this.log.error("{}: {} (further failures are summarised every {} s until it works again)", what,
					ex.getMessage(), this.every.toSeconds());
			return;
		}
		this.suppressed++;
		if (!now.isBefore(this.lastLogged.plus(this.every))) {
			this.log.error(
					"Elasticsearch unavailable for {} s: {} more failure(s) since the last report; latest: {}: {}",
					Duration.between(this.since, now).toSeconds(), this.suppressed, what, ex.getMessage());
			this.lastLogged = now;
			this.suppressed = 0;
		}
	}

	/** Called after a successful store operation; logs the recovery once. */
	public void succeeded() {
		if (!this.failing) {
			return;
		}
		synchronized (this) {
			if (this.failing) {
				this.failing = false;
				this.log.info("Elasticsearch available again after {} s ({} operation(s) failed meanwhile)",
						Duration.between(this.since, this.clock.instant()).toSeconds(), this.total);
				this.total = 0;
			}
		}
	}

	public boolean failing() {
		return this.failing;
	}

}

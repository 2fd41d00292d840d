package dev.tandem.connector.jirasite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraClientFactory;
import dev.tandem.jira.JiraException;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraProperties;
import dev.tandem.jira.JiraUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jira site the connector works with: the configured one, the demo sandbox, or none.
 * Hands out a client that tries each call once (the outbox reschedules failures itself
 * instead of blocking a worker thread) and remembers which account Tandem acts as.
 */
public class JiraSite {

	private static final Logger log = LoggerFactory.getLogger(JiraSite.class);

	private static final Duration MYSELF_RETRY = Duration.ofMinutes(1);

	private final Supplier<JiraProperties> properties;

	private final JiraClientFactory factory;

	private final Clock clock;

	private volatile JiraClient client;

	private volatile JiraProperties resolved;

	private volatile Optional<JiraUser> myself = Optional.empty();

	private volatile Instant myselfTriedAt = Instant.MIN;

	public JiraSite(Supplier<JiraProperties> properties, JiraClientFactory factory, Clock clock) {
		this.properties = properties;
		this.factory = factory;
		this.clock = clock;
	}

	/** Whether a Jira site (real or sandbox) is there to act on. */
	public boolean available() {
		return settings().configured();
	}

	/**
	 * The site's base URL ({@code ""} when none is configured), e.g. for links to
	 * tickets.
	 */
	public String baseUrl() {
		return settings().baseUrl();
	}

	/** A single-attempt client, or empty when no Jira is configured. */
	public Optional<JiraClient> client() {
		if (!available()) {
			return Optional.empty();
		}
		JiraClient current = this.client;
		if (current == null) {
			synchronized (this) {
				if (this.client == null) {
					this.client = this.factory.createSingleAttempt(settings());
				}
				current = this.client;
			}
		}
		return Optional.of(current);
	}

	public JiraFlavor flavor() {
		return settings().flavor();
	}

	/** The webhook secret deliveries must be signed with, when one is set. */
	public Optional<String> webhookSecret() {
		return Optional.ofNullable(settings().webhookSecret()).filter((secret) -> !secret.isBlank());
	}

	public String jql() {
		return settings().jql();
	}

	/**
	 * The account Tandem acts as (to skip its own comments); asked once, again a minute
	 * after a failure.
	 */
	public Optional<JiraUser> myself() {
		if (this.myself.isEmpty() && client().isPresent()
				&& this.clock.instant().isAfter(this.myselfTriedAt.plus(MYSELF_RETRY))) {
			this.myselfTriedAt = this.clock.instant();
			try {
				this.myself = Optional.of(this.client.myself());
			}
			catch (JiraException ex) {
				log.warn("Could not ask Jira which account Tandem uses: {}", ex.getMessage());
			}
		}
		return this.myself;
	}

	private JiraProperties settings() {
		JiraProperties current = this.resolved;
		if (current == null) {
			current = this.properties.get();
			if (current.configured()) {
				this.resolved = current;
			}
		}
		return current;
	}

}

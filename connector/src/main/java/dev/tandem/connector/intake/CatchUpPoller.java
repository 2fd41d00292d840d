package dev.tandem.connector.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraException;
import dev.tandem.jira.JiraIssue;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds tickets the webhooks missed (Tandem was down, a delivery was lost) by running
 * {@code tandem.jira.jql}. Its cursor, the start of the last complete poll, is kept in
 * Elasticsearch ({@code <prefix>-settings/catch-up}), so after a restart the next poll
 * looks back exactly as far as needed: from the cursor minus an overlap, as a relative
 * JQL date (no time-zone ambiguity), within the configured JQL. Opening a case is
 * idempotent, so every instance may poll (no leader): a ticket found twice is one case.
 */
public class CatchUpPoller {

	private static final Logger log = LoggerFactory.getLogger(CatchUpPoller.class);

	private static final String ID = "catch-up";

	private static final String RESOLVED_ID = "catch-up-resolved";

	private static final String RATED_ID = "catch-up-rated";

	private final JiraSite jira;

	private final Intake intake;

	private final DocumentIndex<Cursor> cursors;

	private final IntakeProperties properties;

	private final Clock clock;

	private final AtomicBoolean running = new AtomicBoolean();

	public CatchUpPoller(JiraSite jira, Intake intake, DocumentIndexes indexes, IntakeProperties properties,
			Clock clock) {
		this.jira = jira;
		this.intake = intake;
		this.cursors = indexes.settings(Cursor.class);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One poll; returns how many new cases it opened (empty when it could not run).
	 */
	public Optional<Integer> poll() {
		Optional<JiraClient> client = this.jira.client();
		if (client.isEmpty() || !this.running.compareAndSet(false, true)) {
			return Optional.empty();
		}
		try {
			Instant started = this.clock.instant();
			String jql = jql(started);
			int opened = 0;
			int seen = 0;
			for (JiraIssue issue : (Iterable<JiraIssue>) client.get().searchAll(jql)::iterator) {
				seen++;
				if (this.intake.open(issue, "catch-up") == IntakeResult.STORED) {
					opened++;
				}
			}
			this.cursors.put(ID, new Cursor(started, seen, opened));
			pollResolved(client.get());
			if (opened > 0) {
				log.warn("Catch-up found {} ticket(s) the webhooks had not delivered (of {} matching {})", opened, seen,
						jql);
			}
			else {
				log.debug("Catch-up: {} ticket(s) matching {}, all known", seen, jql);
			}
			return Optional.of(opened);
		}
		catch (JiraException | StoreUnavailableException | IllegalArgumentException ex) {
			log.warn("Catch-up poll failed, the next one covers this window too: {}", ex.getMessage());
			return Optional.empty();
		}
		finally {
			this.running.set(false);
		}
	}

	/**
	 * Resolutions the webhooks missed: tickets resolved since this poll's last complete
	 * run (plus the overlap) that have a case. Its own cursor, so a failure here never
	 * holds back the new-ticket poll.
	 */
	private void pollResolved(JiraClient client) {
		try {
			pollResolvedSinceCursor(client);
			pollRated(client);
		}
		catch (JiraException | StoreUnavailableException | IllegalArgumentException ex) {
			log.warn("Catch-up of resolutions failed, the next poll covers this window too: {}", ex.getMessage());
		}
	}

	private void pollResolvedSinceCursor(JiraClient client) {
		Instant started = this.clock.instant();
		Optional<Cursor> cursor = this.cursors.get(RESOLVED_ID).map((stored) -> stored.value());
		Duration back = cursor.map((value) -> Duration.between(value.lastPollStartedAt(), started))
			.orElse(Duration.ofDays(1))
			.plus(this.properties.catchUpOverlap());
		String jql = "resolved >= -" + Math.max(1, back.toMinutes() + 1) + "m ORDER BY resolved ASC";
		int seen = 0;
		int recorded = 0;
		for (JiraIssue issue : (Iterable<JiraIssue>) client.searchAll(jql)::iterator) {
			seen++;
			if (this.intake.caughtUpResolution(issue) == IntakeResult.STORED) {
				recorded++;
			}
		}
		this.cursors.put(RESOLVED_ID, new Cursor(started, seen, recorded));
		if (recorded > 0) {
			log.warn("Catch-up found {} resolution(s) the webhooks had not delivered (of {} matching {})", recorded,
					seen, jql);
		}
	}

	/**
	 * Satisfaction ratings the webhooks missed (customers rate after the resolution, so
	 * the resolved poll has not seen them): tickets with a rating updated since the last
	 * complete run. Only with {@code tandem.intake.satisfaction-field}.
	 */
	private void pollRated(JiraClient client) {
		if (this.properties.satisfactionField().isEmpty()) {
			return;
		}
		Instant started = this.clock.instant();
		Optional<Cursor> cursor = this.cursors.get(RATED_ID).map((stored) -> stored.value());
		Duration back = cursor.map((value) -> Duration.between(value.lastPollStartedAt(), started))
			.orElse(Duration.ofDays(1))
			.plus(this.properties.catchUpOverlap());
		String field = "cf[" + this.properties.satisfactionField().get().substring("customfield_".length()) + "]";
		String jql = field + " is not EMPTY AND updated >= -" + Math.max(1, back.toMinutes() + 1)
				+ "m ORDER BY updated ASC";
		int seen = 0;
		int recorded = 0;
		for (JiraIssue issue : (Iterable<JiraIssue>) client.searchAll(jql)::iterator) {
			seen++;
			if (this.intake.caughtUpPeople(issue) == IntakeResult.STORED) {
				recorded++;
			}
		}
		this.cursors.put(RATED_ID, new Cursor(started, seen, recorded));
		if (recorded > 0) {
			log.info("Catch-up recorded {} satisfaction rating(s) or first replies (of {} matching {})", recorded, seen,
					jql);
		}
	}

	private String jql(Instant now) {
		String configured = this.jira.jql();
		Optional<Cursor> cursor = this.cursors.get(ID).map((stored) -> stored.value());
		if (cursor.isEmpty()) {
			return "(" + configured + ") ORDER BY created ASC";
		}
		Duration back = Duration.between(cursor.get().lastPollStartedAt(), now).plus(this.properties.catchUpOverlap());
		long minutes = Math.max(1, back.toMinutes() + 1);
		return "(" + configured + ") AND created >= -" + minutes + "m ORDER BY created ASC";
	}

	/**
	 * The poller's progress.
	 *
	 * @param lastPollStartedAt start of the last complete poll
	 * @param seen tickets it saw
	 * @param opened new cases it opened
	 */
	public record Cursor(Instant lastPollStartedAt, int seen, int opened) {

	}

}

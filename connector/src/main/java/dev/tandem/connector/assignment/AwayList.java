package dev.tandem.connector.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agents who are away: {@code tandem.assignment.away} plus those marked away at run time
 * (persisted in {@code <prefix>-settings/away}, shared by every instance).
 */
public class AwayList {

	private static final Logger log = LoggerFactory.getLogger(AwayList.class);

	private static final String ID = "away";

	private static final Duration REFRESH = Duration.ofSeconds(5);

	private final DocumentIndex<Away> settings;

	private final Set<String> configured;

	private final AuditLog audit;

	private final Clock clock;

	private volatile Set<String> cached = Set.of();

	private volatile Instant cachedAt = Instant.MIN;

	public AwayList(DocumentIndexes indexes, AssignmentProperties properties, AuditLog audit, Clock clock) {
		this.settings = indexes.settings(Away.class);
		this.configured = Set.copyOf(properties.away());
		this.audit = audit;
		this.clock = clock;
	}

	public boolean isAway(String agentId) {
		return this.configured.contains(agentId) || markedAway().contains(agentId);
	}

	/** Agents marked away at run time. */
	public Set<String> markedAway() {
		Instant now = this.clock.instant();
		if (now.isAfter(this.cachedAt.plus(REFRESH))) {
			try {
				this.cached = this.settings.get(ID).map((stored) -> stored.value().agents()).orElse(Set.of());
				this.cachedAt = now;
			}
			catch (StoreUnavailableException ex) {
				log.warn("Could not read the away list, keeping the last one: {}", ex.getMessage());
			}
		}
		return this.cached;
	}

	/** Marks an agent away or back, for every instance. */
	public synchronized Set<String> set(String agentId, boolean away, String by) {
		Set<String> agents = new TreeSet<>(
				this.settings.get(ID).map((stored) -> stored.value().agents()).orElse(Set.of()));
		if (away) {
			agents.add(agentId);
		}
		else {
			agents.remove(agentId);
		}
		Instant now = this.clock.instant();
		this.settings.put(ID, new Away(Set.copyOf(agents), by, now));
		this.cached = Set.copyOf(agents);
		this.cachedAt = now;
		this.audit.record(new AuditEntry(now, by, away ? "agent.away" : "agent.back", Optional.empty(),
				Optional.empty(), List.of(), Map.of("agent", agentId), false));
		return this.cached;
	}

	/**
	 * The persisted list.
	 *
	 * @param agents agent ids
	 * @param updatedBy who changed it last
	 * @param updatedAt when
	 */
	public record Away(Set<String> agents, String updatedBy, Instant updatedAt) {

	}

}

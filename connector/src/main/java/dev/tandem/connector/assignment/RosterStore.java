package dev.tandem.connector.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreUnavailableException;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing roster in force, versioned in {@code <prefix>-routing} like the triage
 * policy: every save is a new document {@code v<n>} written only if absent, so two admins
 * saving at once cannot overwrite each other (the second gets a conflict). Until the
 * first save, version 0 is {@code tandem.assignment.*}. Every instance re-checks for a
 * newer version after {@code tandem.assignment.roster-refresh}, so an edit reaches the
 * next assignment everywhere within seconds, without a restart.
 */
public class RosterStore {

	private static final Logger log = LoggerFactory.getLogger(RosterStore.class);

	private static final int CONFLICT_RETRIES = 5;

	private final DocumentIndex<Roster> index;

	private final DocumentIndex<LegacyAway> legacyAway;

	private final AssignmentProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private volatile Routing cached;

	private volatile Instant cachedAt = Instant.MIN;

	public RosterStore(DocumentIndexes indexes, AssignmentProperties properties, AuditLog audit, Clock clock) {
		this.index = indexes.index("routing", "/dev/tandem/connector/assignment/routing-mapping.json", Roster.class);
		this.legacyAway = indexes.settings(LegacyAway.class);
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		this.cached = Routing.of(RosterSeed.of(properties, Set.of()));
	}

	/**
	 * The roster in force: the newest saved version, or the configuration (version 0).
	 */
	public Roster current() {
		return routing().roster();
	}

	/** The roster in force, ready for assigning. */
	public Routing routing() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.cachedAt.plus(this.properties.rosterRefresh()))) {
			return this.cached;
		}
		try {
			Optional<Roster> newest = history(1).stream().findFirst();
			Roster roster = newest.orElseGet(this::configured);
			if (roster.version() >= this.cached.roster().version() || this.cached.roster().version() == 0) {
				if (!roster.equals(this.cached.roster())) {
					this.cached = Routing.of(roster);
				}
			}
			this.cachedAt = now;
		}
		catch (StoreUnavailableException ex) {
			log.warn("Could not read the routing roster, keeping version {}: {}", this.cached.roster().version(),
					ex.getMessage());
		}
		return this.cached;
	}

	/** Saved versions, newest first (the configuration's version 0 is not stored). */
	public List<Roster> history(int size) {
		return this.index
			.search(Query.of((q) -> q.matchAll((all) -> all)),
					List.of(SortOptions
						.of((sort) -> sort.field((field) -> field.field("version").order(SortOrder.Desc)))),
					size)
			.stream()
			.map(Versioned::value)
			.toList();
	}

	/**
	 * Saves a changed roster as the next version and audits every change with its before
	 * and after.
	 * @param changed the new content (version and authorship are replaced)
	 * @param basedOn the version that was edited; a newer one saved meanwhile is a
	 * conflict
	 * @throws IllegalArgumentException naming every invalid field
	 * @throws VersionConflictException when another version was saved since
	 * {@code basedOn}
	 */
	public Roster save(Roster changed, int basedOn, String by, Optional<String> comment) {
		List<String> problems = changed.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid roster: " + String.join("; ", problems));
		}
		return write(changed, basedOn, by, comment);
	}

	/**
	 * Marks an agent away until further notice, or back (ending every absence of theirs
	 * that covers today), as a new version; retried when someone saved meanwhile.
	 * @return the ids of agents away now
	 */
	public Set<String> markAway(String agentId, boolean away, String by) {
		if (agentId == null || agentId.isBlank()) {
			throw new IllegalArgumentException("agent id: must not be empty");
		}
		for (int attempt = 1;; attempt++) {
			this.cachedAt = Instant.MIN;
			Routing routing = routing();
			Instant now = this.clock.instant();
			List<Absence> absences = new ArrayList<>(routing.roster().away());
			boolean isAway = routing.absence(agentId, now).isPresent();
			if (away == isAway) {
				return awayNow();
			}
			if (away) {
				absences.add(Absence.indefinite(agentId, "marked away"));
			}
			else {
				absences.removeIf((absence) -> absence.agentId().equals(agentId) && absence.covers(now,
						routing.agent(agentId).map(Agent::timeZone).orElse(java.time.ZoneOffset.UTC)));
			}
			try {
				write(routing.roster().withAway(absences), routing.roster().version(), by,
						Optional.of(away ? "Marked " + agentId + " away" : "Marked " + agentId + " back"));
				return awayNow();
			}
			catch (VersionConflictException ex) {
				if (attempt == CONFLICT_RETRIES) {
					throw ex;
				}
			}
		}
	}

	/** Ids of agents away now. */
	public Set<String> awayNow() {
		Routing routing = routing();
		Instant now = this.clock.instant();
		Set<String> away = new java.util.TreeSet<>();
		routing.roster()
			.away()
			.stream()
			.map(Absence::agentId)
			.filter((id) -> routing.absence(id, now).isPresent())
			.forEach(away::add);
		return away;
	}

	private Roster write(Roster changed, int basedOn, String by, Optional<String> comment) {
		this.cachedAt = Instant.MIN;
		Roster before = current();
		if (before.version() != basedOn) {
			throw new VersionConflictException("routing roster version " + before.version()
					+ " was saved after version " + basedOn + ": reload and edit again", null);
		}
		Instant now = this.clock.instant();
		Roster saved = changed.asVersion(basedOn + 1, by, now, comment);
		if (!this.index.createIfAbsent("v" + saved.version(), saved)) {
			throw new VersionConflictException(
					"routing roster version " + saved.version() + " was saved by someone else: reload and edit again",
					null);
		}
		this.index.refresh();
		this.cached = Routing.of(saved);
		this.cachedAt = now;
		audit(before, saved, by, comment);
		log.info("Routing roster version {} saved by {}", saved.version(), by);
		return saved;
	}

	private void audit(Roster before, Roster after, String by, Optional<String> comment) {
		List<RosterChange> changes = RosterChange.between(before, after);
		List<String> reasons = new ArrayList<>();
		comment.ifPresent(reasons::add);
		changes.forEach((change) -> reasons.add(change.describe()));
		Map<String, String> details = new LinkedHashMap<>();
		details.put("version", String.valueOf(after.version()));
		details.put("basedOn", String.valueOf(before.version()));
		for (RosterChange change : changes) {
			details.put("before." + change.subject(), change.before().orElse("(none)"));
			details.put("after." + change.subject(), change.after().orElse("(none)"));
		}
		this.audit.record(new AuditEntry(after.updatedAt(), by, "routing.changed", Optional.empty(), Optional.empty(),
				reasons, details, false));
	}

	/**
	 * Version 0, where the history starts: {@code tandem.assignment.*} plus agents marked
	 * away through the older away API.
	 */
	public Roster configuration() {
		return configured();
	}

	private Roster configured() {
		Set<String> marked = this.legacyAway.get("away").map((stored) -> stored.value().agents()).orElse(Set.of());
		return RosterSeed.of(this.properties, marked);
	}

	/**
	 * Where the older away API kept its list (read only, as part of version 0).
	 *
	 * @param agents agent ids
	 * @param updatedBy who changed it last
	 * @param updatedAt when
	 */
	record LegacyAway(Set<String> agents, String updatedBy, Instant updatedAt) {

		LegacyAway {
			agents = Set.copyOf(java.util.Objects.requireNonNullElse(agents, Set.<String>of()));
		}

	}

}

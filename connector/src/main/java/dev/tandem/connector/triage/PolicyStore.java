package dev.tandem.connector.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * The triage policy in force, versioned in {@code <prefix>-policy}: every save is a new
 * document {@code v<n>} written only if absent, so two admins saving at once cannot
 * silently overwrite each other (the second gets a conflict and must reload). Instances
 * re-read it every {@code tandem.triage.policy.refresh}.
 */
public class PolicyStore {

	private static final Logger log = LoggerFactory.getLogger(PolicyStore.class);

	private final DocumentIndex<TriagePolicy> index;

	private final PolicyProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private volatile TriagePolicy cached;

	private volatile Instant cachedAt = Instant.MIN;

	public PolicyStore(DocumentIndexes indexes, PolicyProperties properties, AuditLog audit, Clock clock) {
		this.index = indexes.index("policy", "/dev/tandem/connector/triage/policy-mapping.json", TriagePolicy.class);
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		this.cached = properties.defaults();
	}

	/** The newest saved version, or the configured defaults (version 0). */
	public TriagePolicy current() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.cachedAt.plus(this.properties.refresh()))) {
			return this.cached;
		}
		try {
			TriagePolicy newest = history(1).stream().findFirst().orElseGet(this.properties::defaults);
			if (newest.version() >= this.cached.version() || this.cached.version() == 0) {
				this.cached = newest;
			}
			this.cachedAt = now;
		}
		catch (StoreUnavailableException ex) {
			log.warn("Could not read the triage policy, keeping version {}: {}", this.cached.version(),
					ex.getMessage());
		}
		return this.cached;
	}

	/** Saved versions, newest first. */
	public List<TriagePolicy> history(int size) {
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
	 * Saves a changed policy as the next version.
	 * @param changed the new values (its version and authorship are replaced)
	 * @param basedOn the version the admin edited; a newer one saved meanwhile is a
	 * conflict
	 * @throws IllegalArgumentException naming every invalid field
	 * @throws VersionConflictException when another version was saved since
	 * {@code basedOn}
	 */
	public TriagePolicy save(TriagePolicy changed, int basedOn, String by, Optional<String> comment) {
		List<String> problems = changed.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid policy: " + String.join("; ", problems));
		}
		this.cachedAt = Instant.MIN;
		int newest = current().version();
		if (newest != basedOn) {
			throw new VersionConflictException(
					"policy version " + newest + " was saved after version " + basedOn + ": reload and edit again",
					null);
		}
		Instant now = this.clock.instant();
		TriagePolicy saved = changed.asVersion(basedOn + 1, by, now, comment);
		if (!this.index.createIfAbsent("v" + saved.version(), saved)) {
			throw new VersionConflictException("policy version " + saved.version() + " was saved by someone else",
					null);
		}
		this.index.refresh();
		this.cached = saved;
		this.cachedAt = now;
		this.audit.record(new AuditEntry(now, by, "policy.changed", Optional.empty(), Optional.empty(),
				comment.map(List::of).orElse(List.of()), Map.of("version", String.valueOf(saved.version())), false));
		log.info("Triage policy version {} saved by {}", saved.version(), by);
		return saved;
	}

}

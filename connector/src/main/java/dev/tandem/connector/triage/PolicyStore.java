package dev.tandem.connector.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
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

	/** A saved version, if it exists. */
	public Optional<TriagePolicy> version(int number) {
		return (number == 0) ? Optional.of(this.properties.defaults())
				: this.index.get("v" + number).map(Versioned::value);
	}

	/** The configured defaults (version 0), in force until the first save. */
	public TriagePolicy defaults() {
		return this.properties.defaults();
	}

	/**
	 * Saves a changed policy as the next version, audited as {@code policy.changed} with
	 * every changed field before and after.
	 * @param changed the new values (its version and authorship are replaced)
	 * @param basedOn the version the admin edited; a newer one saved meanwhile is a
	 * conflict
	 * @throws IllegalArgumentException naming every invalid field
	 * @throws VersionConflictException when another version was saved since
	 * {@code basedOn}
	 */
	public TriagePolicy save(TriagePolicy changed, int basedOn, String by, Optional<String> comment) {
		return save(changed, basedOn, by, comment, "policy.changed", Map.of());
	}

	/**
	 * Makes an older version's values the policy in force again: saved as the next
	 * version (history is never rewritten), audited as {@code policy.restored}.
	 * @param number the version whose values come back (0: the configured defaults)
	 * @param basedOn the version in force when the admin chose to restore
	 * @throws IllegalArgumentException when that version does not exist
	 * @throws VersionConflictException when another version was saved since
	 * {@code basedOn}
	 */
	public TriagePolicy restore(int number, int basedOn, String by, Optional<String> comment) {
		TriagePolicy restored = version(number)
			.orElseThrow(() -> new IllegalArgumentException("policy version " + number + " does not exist"));
		return save(restored, basedOn, by, comment, "policy.restored", Map.of("restoredFrom", String.valueOf(number)));
	}

	private TriagePolicy save(TriagePolicy changed, int basedOn, String by, Optional<String> comment, String action,
			Map<String, String> extraDetails) {
		List<String> problems = changed.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid policy: " + String.join("; ", problems));
		}
		this.cachedAt = Instant.MIN;
		TriagePolicy before = current();
		int newest = before.version();
		if (newest != basedOn) {
			throw new VersionConflictException("policy version " + newest + " was saved by " + before.updatedBy()
					+ " after version " + basedOn + ": reload and edit again", null);
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
		Map<String, String> details = new LinkedHashMap<>(extraDetails);
		details.put("version", String.valueOf(saved.version()));
		details.put("basedOn", String.valueOf(basedOn));
		for (PolicyDifference.Change change : PolicyDifference.between(before, saved)) {
			details.put("before." + change.field(), change.before());
			details.put("after." + change.field(), change.after());
		}
		this.audit.record(new AuditEntry(now, by, action, Optional.empty(), Optional.empty(),
				comment.map(List::of).orElse(List.of()), details, false));
		log.info("Triage policy version {} saved by {} ({})", saved.version(), by, action);
		return saved;
	}

}

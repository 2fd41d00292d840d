package dev.tandem.connector.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.store.Versioned;

/**
 * The newest version of each case this instance wrote or read lately, so that the step
 * after a write needs no read of what was just written: a real-time read of a document
 * not yet refreshed costs Elasticsearch a refresh of its own. Bounded: the least recently
 * used cases are forgotten first. A version remembered may be older than the stored one
 * when another instance wrote since; every write checks its version, and a conflict makes
 * the case forgotten.
 */
final class RecentCases {

	private final Map<String, Versioned<TicketCase>> byId;

	RecentCases(int capacity) {
		this.byId = new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Versioned<TicketCase>> eldest) {
				return size() > capacity;
			}

		};
	}

	/** Remembers a version unless a newer one of the same case is remembered already. */
	synchronized void remember(Versioned<TicketCase> version) {
		Versioned<TicketCase> known = this.byId.get(version.id());
		if (known == null || isNewer(version, known)) {
			this.byId.put(version.id(), version);
		}
	}

	synchronized Optional<Versioned<TicketCase>> get(String issueId) {
		return Optional.ofNullable(this.byId.get(issueId));
	}

	synchronized void forget(String issueId) {
		this.byId.remove(issueId);
	}

	synchronized int size() {
		return this.byId.size();
	}

	private static boolean isNewer(Versioned<?> candidate, Versioned<?> known) {
		return (candidate.primaryTerm() != known.primaryTerm()) ? candidate.primaryTerm() > known.primaryTerm()
				: candidate.seqNo() > known.seqNo();
	}

}

package dev.tandem.connector.processing;

import java.time.Instant;
import java.util.Optional;

/**
 * What a processing step leaves behind: go on with the next step now, or let the case go
 * until {@code dueAt} (empty: until something new arrives).
 *
 * @param continueNow whether to continue at once
 * @param dueAt when the case is due next once released
 * @param leaseReleased whether the step already gave the lease up (nothing left to
 * release)
 */
record Next(boolean continueNow, Optional<Instant> dueAt, boolean leaseReleased) {

	Next(boolean continueNow, Optional<Instant> dueAt) {
		this(continueNow, dueAt, false);
	}

	static Next proceed() {
		return new Next(true, Optional.empty());
	}

	static Next idle() {
		return new Next(false, Optional.empty());
	}

	/** The step saved its last change and gave the lease up in the same write. */
	static Next released() {
		return new Next(false, Optional.empty(), true);
	}

	static Next at(Instant dueAt) {
		return new Next(false, Optional.of(dueAt));
	}

}

package dev.tandem.connector.processing;

import java.time.Instant;
import java.util.Optional;

/**
 * What a processing step leaves behind: go on with the next step now, or let the case go
 * until {@code dueAt} (empty: until something new arrives).
 *
 * @param continueNow whether to continue at once
 * @param dueAt when the case is due next once released
 */
record Next(boolean continueNow, Optional<Instant> dueAt) {

	static Next proceed() {
		return new Next(true, Optional.empty());
	}

	static Next idle() {
		return new Next(false, Optional.empty());
	}

	static Next at(Instant dueAt) {
		return new Next(false, Optional.of(dueAt));
	}

}

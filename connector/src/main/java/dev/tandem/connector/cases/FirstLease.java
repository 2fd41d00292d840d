package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.Optional;

/**
 * The lease a new case is stored with: the instance whose intake stores it takes it at
 * once when it has room to work on it, so its first step needs no write of its own to
 * claim it, and other instances' sweeps leave it alone meanwhile.
 */
@FunctionalInterface
public interface FirstLease {

	/**
	 * The lease for a case stored now; empty: stored free, for whichever worker comes.
	 */
	Optional<TicketCase.Lease> forNewCase(Instant now);

	static FirstLease none() {
		return (now) -> Optional.empty();
	}

}

package dev.tandem.admin.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.tandem.admin.security.LoginLimitProperties;

/**
 * Failed sign-ins per user name and address, and the lockouts they lead to (see
 * {@link LoginLimitProperties}). Kept in memory: a restart forgets them, and each
 * instance counts on its own.
 */
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private static final int MAX_TRACKED = 50_000;

	private final LoginLimitProperties limits;

	private final Clock clock;

	private final Map<Key, State> states = new ConcurrentHashMap<>();

	LoginAttempts(LoginLimitProperties limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/** How much longer this user name is locked at this address, if it is. */
	Optional<Duration> lockedFor(String username, String address) {
		State state = this.states.get(Key.of(username, address));
		if (state == null) {
			return Optional.empty();
		}
		synchronized (state) {
			Duration left = Duration.between(this.clock.instant(), state.lockedUntil);
			return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
		}
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		if (this.states.size() > MAX_TRACKED) {
			this.states.values().removeIf((state) -> state.forgettableAt(now, this.limits));
		}
		State state = this.states.computeIfAbsent(Key.of(username, address), (key) -> new State());
		synchronized (state) {
			if (state.firstFailure == null || state.firstFailure.plus(this.limits.window()).isBefore(now)) {
				state.firstFailure = now;
				state.failures = 0;
			}
			state.failures++;
			if (state.failures >= this.limits.maxFailures()) {
				Duration lockout = lockout(state.lockouts);
				state.lockouts++;
				state.lockedUntil = now.plus(lockout);
				state.failures = 0;
				state.firstFailure = null;
				log.warn("Sign-in locked for user '{}' from {} for {} s after {} failed attempts", printable(username),
						address, lockout.toSeconds(), this.limits.maxFailures());
			}
			else {
				log.info("Failed sign-in for user '{}' from {} ({} of {})", printable(username), address,
						state.failures, this.limits.maxFailures());
			}
		}
	}

	void succeeded(String username, String address) {
		this.states.remove(Key.of(username, address));
	}

	private Duration lockout(int earlierLockouts) {
		Duration lockout = this.limits.lockout().multipliedBy(1L << Math.min(earlierLockouts, 20));
		return (lockout.compareTo(this.limits.maxLockout()) > 0) ? this.limits.maxLockout() : lockout;
	}

	/** The user name without line breaks or other control characters (log forging). */
	static String printable(String username) {
		String text = String.valueOf(username).replaceAll("\\p{Cntrl}", "?");
		return (text.length() > 100) ? text.substring(0, 100) + "..." : text;
	}

	private record Key(String username, String address) {

		static Key of(String username, String address) {
			return new Key(String.valueOf(username).strip().toLowerCase(Locale.ROOT), String.valueOf(address));
		}

	}

	private static final class State {

		private int failures;

		private int lockouts;

		private Instant firstFailure;

		private Instant lockedUntil = Instant.MIN;

		synchronized boolean forgettableAt(Instant now, LoginLimitProperties limits) {
			return this.lockedUntil.plus(limits.maxLockout()).isBefore(now)
					&& (this.firstFailure == null || this.firstFailure.plus(limits.window()).isBefore(now));
		}

	}

}

package dev.tandem.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When to try a failed Jira call again. Interactive callers use {@link #call}, which
 * retries in place; a durable outbox uses {@link #backoff} to reschedule instead of
 * blocking a thread.
 * <p>
 * A {@code Retry-After} from Jira is obeyed exactly (no jitter, never earlier): Jira
 * Cloud counts writes per issue, and retrying early only extends the penalty. Without
 * one, the delay grows exponentially with jitter up to a cap.
 */
public final class JiraRetryPolicy {

	private static final Logger log = LoggerFactory.getLogger(JiraRetryPolicy.class);

	private final JiraProperties.Retry settings;

	private final Clock clock;

	private final Sleeper sleeper;

	private final DoubleSupplier random;

	/**
	 * @param settings attempts and delays
	 * @param clock time source, also used to turn {@code Retry-After} dates into delays
	 * @param sleeper how to wait (tests pass one that advances a fake clock)
	 * @param random source of jitter in [0, 1)
	 */
	public JiraRetryPolicy(JiraProperties.Retry settings, Clock clock, Sleeper sleeper, DoubleSupplier random) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
		this.random = Objects.requireNonNull(random, "random");
	}

	/** Real sleeping and randomness. */
	public static JiraRetryPolicy of(JiraProperties.Retry settings, Clock clock) {
		return new JiraRetryPolicy(settings, clock, Sleeper.THREAD_SLEEP,
				() -> ThreadLocalRandom.current().nextDouble());
	}

	/** Tries once: classification only, for callers that reschedule themselves. */
	public static JiraRetryPolicy singleAttempt(Clock clock) {
		JiraProperties.Retry defaults = JiraProperties.Retry.defaults();
		return of(
				new JiraProperties.Retry(1, defaults.initialBackoff(), defaults.maxBackoff(), defaults.maxRetryAfter()),
				clock);
	}

	public JiraProperties.Retry settings() {
		return this.settings;
	}

	/**
	 * Runs the call, retrying retriable failures up to the configured attempts. Throws
	 * the last failure when the attempts are used up, when the failure is permanent, or
	 * when Jira asks for a longer pause than {@code max-retry-after} (a caller with an
	 * outbox should reschedule then).
	 */
	public <T> T call(Supplier<T> attempt) {
		for (int failures = 0;; failures++) {
			try {
				return attempt.get();
			}
			catch (JiraException ex) {
				Optional<Duration> delay = delayBeforeRetry(failures + 1, ex);
				if (delay.isEmpty()) {
					throw ex;
				}
				log.warn("{}; attempt {} of {}, next in {}", ex.getMessage(), failures + 1, this.settings.maxAttempts(),
						delay.get());
				pause(delay.get(), ex);
			}
		}
	}

	/**
	 * The pause before the next in-place attempt, or empty to give up: permanent
	 * failures, attempts used up, or a {@code Retry-After} longer than
	 * {@code max-retry-after}.
	 */
	public Optional<Duration> delayBeforeRetry(int failedAttempts, JiraException failure) {
		if (failure.permanent() || failedAttempts >= this.settings.maxAttempts()) {
			return Optional.empty();
		}
		Duration delay = backoff(failedAttempts, failure);
		if (failure.retryNotBefore().isPresent() && delay.compareTo(this.settings.maxRetryAfter()) > 0) {
			return Optional.empty();
		}
		return Optional.of(delay);
	}

	/**
	 * For an outbox: the pause after {@code failedAttempts} failures, with no attempt
	 * limit (the outbox keeps its own). Jira's {@code Retry-After} when given, else
	 * exponential backoff with jitter up to {@code max-backoff}.
	 */
	public Duration backoff(int failedAttempts, JiraException failure) {
		if (failure.retryNotBefore().isPresent()) {
			Duration untilAllowed = Duration.between(this.clock.instant(), failure.retryNotBefore().get());
			return untilAllowed.isNegative() ? Duration.ZERO : untilAllowed;
		}
		return exponential(failedAttempts);
	}

	/** For an outbox: the moment to try again. */
	public Instant nextAttemptAt(int failedAttempts, JiraException failure) {
		return this.clock.instant().plus(backoff(failedAttempts, failure));
	}

	private Duration exponential(int failedAttempts) {
		long initial = this.settings.initialBackoff().toMillis();
		long cap = this.settings.maxBackoff().toMillis();
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
		long ceiling = Math.min(cap, initial * (1L << doublings));
		// "equal jitter": never less than half the step, so retries spread out without
		// collapsing to zero
		long half = ceiling / 2;
		return Duration.ofMillis(half + (long) (this.random.getAsDouble() * (ceiling - half)));
	}

	private void pause(Duration delay, JiraException failure) {
		try {
			this.sleeper.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failure.addSuppressed(ex);
			throw failure;
		}
	}

	/** Waits; replaceable so tests run instantly. */
	@FunctionalInterface
	public interface Sleeper {

		Sleeper THREAD_SLEEP = Thread::sleep;

		void sleep(Duration duration) throws InterruptedException;

	}

}

package dev.tandem.jira;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Which failure the {@link FaultyJira} stand-in answers a request with. Decided from a
 * seed and the request's identity (method, path, how often that path was called), never
 * from arrival order across issues, so a run with the same seed injects the same faults
 * into the same calls however threads interleave.
 *
 * @param seed makes runs repeatable
 * @param tooManyRequests share of calls answered 429 with {@code Retry-After} (not
 * applied)
 * @param serverError share answered 500; half of them after Jira applied the change (as a
 * real 500 from a proxy in front of Jira can be)
 * @param slow share applied and then answered after {@code slowDelay} (beyond the
 * client's read timeout: the caller cannot know it worked)
 * @param reset share whose connection is reset; half of them after the change was applied
 * @param retryAfter the {@code Retry-After} given with 429
 * @param slowDelay how long a slow answer takes
 */
public record JiraFaults(long seed, double tooManyRequests, double serverError, double slow, double reset,
		Duration retryAfter, Duration slowDelay) {

	public JiraFaults {
		double total = tooManyRequests + serverError + slow + reset;
		if (tooManyRequests < 0 || serverError < 0 || slow < 0 || reset < 0 || total > 1) {
			throw new IllegalArgumentException("fault rates must be >= 0 and add up to at most 1, were "
					+ tooManyRequests + ", " + serverError + ", " + slow + ", " + reset);
		}
	}

	/** No faults at all. */
	public static JiraFaults none() {
		return new JiraFaults(0, 0, 0, 0, 0, Duration.ofSeconds(1), Duration.ZERO);
	}

	/** Each of the four kinds at {@code rate}. */
	public static JiraFaults each(long seed, double rate, Duration retryAfter, Duration slowDelay) {
		return new JiraFaults(seed, rate, rate, rate, rate, retryAfter, slowDelay);
	}

	/**
	 * @param method HTTP method
	 * @param path request path without query
	 * @param occurrence how many times this method and path were called, this call
	 * included (1 for the first)
	 */
	public Fault decide(String method, String path, int occurrence) {
		SplittableRandom random = new SplittableRandom(this.seed ^ hash(method + " " + path + " #" + occurrence));
		double roll = random.nextDouble();
		boolean afterApplying = random.nextBoolean();
		if (roll < this.tooManyRequests) {
			return Fault.TOO_MANY_REQUESTS;
		}
		roll -= this.tooManyRequests;
		if (roll < this.serverError) {
			return afterApplying ? Fault.SERVER_ERROR_AFTER_APPLYING : Fault.SERVER_ERROR;
		}
		roll -= this.serverError;
		if (roll < this.slow) {
			return Fault.SLOW_AFTER_APPLYING;
		}
		roll -= this.slow;
		if (roll < this.reset) {
			return afterApplying ? Fault.RESET_AFTER_APPLYING : Fault.RESET;
		}
		return Fault.NONE;
	}

	/** 64-bit FNV-1a: stable across JVMs, unlike {@code String.hashCode} spread. */
	private static long hash(String text) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			hash ^= b;
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	/** What happens to one call. */
	public enum Fault {

		NONE(true), TOO_MANY_REQUESTS(false), SERVER_ERROR(false), SERVER_ERROR_AFTER_APPLYING(true),
		SLOW_AFTER_APPLYING(true), RESET(false), RESET_AFTER_APPLYING(true);

		private final boolean applied;

		Fault(boolean applied) {
			this.applied = applied;
		}

		/** Whether Jira carries the change out (writes) despite the failure. */
		public boolean applied() {
			return this.applied;
		}

	}

}

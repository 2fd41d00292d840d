package dev.tandem.connector.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client key, in memory (each instance limits on its own: behind a
 * load balancer with N instances a client gets at most N times the rate). A bucket holds
 * up to {@code capacity} tokens and gains {@code perMinute} tokens a minute; a request
 * takes one. Idle, full buckets are dropped when the map grows, so a flood of new keys
 * cannot exhaust memory.
 */
public final class TokenBuckets {

	private static final int MAX_KEYS = 10_000;

	private final int capacity;

	private final double tokensPerMilli;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	public TokenBuckets(int capacity, int perMinute, Clock clock) {
		if (capacity < 1 || perMinute < 1) {
			throw new IllegalArgumentException("capacity and rate must be positive");
		}
		this.capacity = capacity;
		this.tokensPerMilli = perMinute / 60_000.0;
		this.clock = clock;
	}

	/**
	 * Takes a token from {@code key}'s bucket.
	 * @return empty when the request may go ahead, otherwise how long until a token is
	 * back
	 */
	public java.util.Optional<Duration> take(String key) {
		long now = this.clock.millis();
		if (this.buckets.size() > MAX_KEYS) {
			this.buckets.values().removeIf((bucket) -> bucket.fullAt(now, this));
		}
		Bucket bucket = this.buckets.computeIfAbsent(key, (ignored) -> new Bucket(this.capacity, now));
		synchronized (bucket) {
			bucket.refill(now, this);
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return java.util.Optional.empty();
			}
			long wait = (long) Math.ceil((1 - bucket.tokens) / this.tokensPerMilli);
			return java.util.Optional.of(Duration.ofMillis(Math.max(wait, 1)));
		}
	}

	private static final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updatedAt = now;
		}

		void refill(long now, TokenBuckets limits) {
			long elapsed = Math.max(0, now - this.updatedAt);
			this.tokens = Math.min(limits.capacity, this.tokens + elapsed * limits.tokensPerMilli);
			this.updatedAt = now;
		}

		synchronized boolean fullAt(long now, TokenBuckets limits) {
			return this.tokens + Math.max(0, now - this.updatedAt) * limits.tokensPerMilli >= limits.capacity;
		}

	}

}

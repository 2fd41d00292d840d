package dev.tandem.connector.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

	private final MutableClock clock = new MutableClock();

	private final TokenBuckets buckets = new TokenBuckets(3, 60, this.clock);

	@Test
	void letsABurstThroughThenRefusesWithTheWaitUntilTheNextToken() {
		assertThat(this.buckets.take("a")).isEmpty();
		assertThat(this.buckets.take("a")).isEmpty();
		assertThat(this.buckets.take("a")).isEmpty();

		assertThat(this.buckets.take("a")).contains(Duration.ofSeconds(1));
	}

	@Test
	void refillsAtTheConfiguredRate() {
		for (int i = 0; i < 3; i++) {
			this.buckets.take("a");
		}
		this.clock.advance(Duration.ofSeconds(2));

		assertThat(this.buckets.take("a")).isEmpty();
		assertThat(this.buckets.take("a")).isEmpty();
		assertThat(this.buckets.take("a")).isPresent();
	}

	@Test
	void neverHoldsMoreThanItsCapacity() {
		this.clock.advance(Duration.ofHours(1));
		for (int i = 0; i < 3; i++) {
			assertThat(this.buckets.take("a")).isEmpty();
		}
		assertThat(this.buckets.take("a")).isPresent();
	}

	@Test
	void clientsHaveTheirOwnBuckets() {
		for (int i = 0; i < 3; i++) {
			this.buckets.take("a");
		}

		assertThat(this.buckets.take("a")).isPresent();
		assertThat(this.buckets.take("b")).isEmpty();
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-21T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

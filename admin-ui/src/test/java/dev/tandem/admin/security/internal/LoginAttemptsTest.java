package dev.tandem.admin.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.tandem.admin.security.LoginLimitProperties;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTest {

	private final MovableClock clock = new MovableClock();

	private final LoginAttempts attempts = new LoginAttempts(
			new LoginLimitProperties(3, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(5)),
			this.clock);

	@Test
	void locksAfterTheAllowedFailures() {
		fail(2);
		assertThat(this.attempts.lockedFor("kim", "10.0.0.1")).isEmpty();

		fail(1);

		assertThat(this.attempts.lockedFor("kim", "10.0.0.1")).contains(Duration.ofMinutes(1));
		assertThat(this.attempts.lockedFor("KIM ", "10.0.0.1")).as("same user name, other spelling").isPresent();
		assertThat(this.attempts.lockedFor("kim", "10.0.0.2")).isEmpty();
	}

	@Test
	void lockExpires() {
		fail(3);
		this.clock.advance(Duration.ofSeconds(61));

		assertThat(this.attempts.lockedFor("kim", "10.0.0.1")).isEmpty();
	}

	@Test
	void eachFurtherLockoutDoublesUpToTheMaximum() {
		fail(3);
		this.clock.advance(Duration.ofMinutes(2));
		fail(3);
		assertThat(this.attempts.lockedFor("kim", "10.0.0.1")).contains(Duration.ofMinutes(2));
		this.clock.advance(Duration.ofMinutes(3));
		fail(3);
		assertThat(this.attempts.lockedFor("kim", "10.0.0.1")).contains(Duration.ofMinutes(4));
		this.clock.advance(Duration.ofMinutes(5));
		fail(3);
		assertThat(this.attempts.lockedFor("kim", "10.0.0.1")).contains(Duration.ofMinutes(5));
	}

	@Test
	void failuresOutsideTheWindowDoNotCount() {
		fail(2);
		this.clock.advance(Duration.ofMinutes(16));
		fail(2);

		assertThat(this.attempts.lockedFor("kim", "10.0.0.1")).isEmpty();
	}

	@Test
	void successClearsTheCount() {
		fail(2);
		this.attempts.succeeded("kim", "10.0.0.1");
		fail(2);

		assertThat(this.attempts.lockedFor("kim", "10.0.0.1")).isEmpty();
	}

	private void fail(int times) {
		for (int i = 0; i < times; i++) {
			this.attempts.failed("kim", "10.0.0.1");
		}
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-21T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

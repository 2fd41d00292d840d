package dev.tandem.jira;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JiraRetryPolicyTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

	private final List<Duration> sleeps = new ArrayList<>();

	private final JiraErrorClassifier classifier = new JiraErrorClassifier(JiraFlavor.CLOUD, this.clock);

	private JiraRetryPolicy policy(double random, JiraProperties.Retry settings) {
		return new JiraRetryPolicy(settings, this.clock, (duration) -> {
			this.sleeps.add(duration);
			this.clock.advance(duration);
		}, () -> random);
	}

	@Test
	void backoffGrowsExponentiallyWithJitterUpToTheCap() {
		JiraProperties.Retry settings = new JiraProperties.Retry(10, Duration.ofSeconds(1), Duration.ofSeconds(8),
				null);
		JiraException failure = serverError();

		assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map((n) -> policy(0.0, settings).backoff(n, failure)))
			.containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
					Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4));
		assertThat(List.of(1, 2, 3, 4, 5).stream().map((n) -> policy(0.999999, settings).backoff(n, failure)))
			.allSatisfy((delay) -> assertThat(delay).isLessThanOrEqualTo(Duration.ofSeconds(8)))
			.last()
			.isEqualTo(Duration.ofMillis(7999));
	}

	@Test
	void retryAfterIsObeyedExactlyWithoutJitter() {
		JiraException rateLimited = this.classifier.classify("GET /x", 429, headers("Retry-After", "3"), "");

		assertThat(policy(0.9, JiraProperties.Retry.defaults()).delayBeforeRetry(1, rateLimited))
			.contains(Duration.ofSeconds(3));
	}

	@Test
	void retryAfterCountsFromWhenTheAnswerArrived() {
		JiraException rateLimited = this.classifier.classify("GET /x", 429, headers("Retry-After", "10"), "");
		this.clock.advance(Duration.ofSeconds(4));

		assertThat(policy(0.5, JiraProperties.Retry.defaults()).backoff(1, rateLimited))
			.isEqualTo(Duration.ofSeconds(6));
	}

	@Test
	void callStopsAtPermanentFailuresAndAfterMaxAttempts() {
		AtomicInteger calls = new AtomicInteger();
		JiraRetryPolicy policy = policy(0.5,
				new JiraProperties.Retry(3, Duration.ofMillis(100), Duration.ofSeconds(1), null));

		assertThatThrownBy(() -> policy.call(() -> {
			calls.incrementAndGet();
			throw serverError();
		})).isInstanceOf(JiraException.class);
		assertThat(calls).hasValue(3);
		assertThat(this.sleeps).hasSize(2);

		calls.set(0);
		assertThatThrownBy(() -> policy.call(() -> {
			calls.incrementAndGet();
			throw this.classifier.classify("GET /x", 404, new HttpHeaders(), "");
		})).isInstanceOf(JiraException.class);
		assertThat(calls).hasValue(1);
	}

	@Test
	void callReturnsOnceAnAttemptSucceeds() {
		AtomicInteger calls = new AtomicInteger();

		String result = policy(0.5, JiraProperties.Retry.defaults()).call(() -> {
			if (calls.incrementAndGet() < 3) {
				throw this.classifier.classify("GET /x", 409, new HttpHeaders(), "");
			}
			return "done";
		});

		assertThat(result).isEqualTo("done");
		assertThat(this.sleeps).hasSize(2);
	}

	@Test
	void anInterruptedWaitGivesUpAndKeepsTheInterrupt() {
		JiraRetryPolicy policy = new JiraRetryPolicy(JiraProperties.Retry.defaults(), this.clock, (duration) -> {
			throw new InterruptedException();
		}, () -> 0.5);

		assertThatThrownBy(() -> policy.call(() -> {
			throw serverError();
		})).isInstanceOf(JiraException.class);
		assertThat(Thread.interrupted()).isTrue();
	}

	private JiraException serverError() {
		return this.classifier.classify("GET /x", 500, new HttpHeaders(), "");
	}

	private static HttpHeaders headers(String name, String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(name, value);
		return headers;
	}

}

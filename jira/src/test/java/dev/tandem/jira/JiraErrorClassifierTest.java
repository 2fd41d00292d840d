package dev.tandem.jira;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

class JiraErrorClassifierTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private final JiraErrorClassifier classifier = new JiraErrorClassifier(JiraFlavor.CLOUD, new MutableClock(NOW));

	@ParameterizedTest
	@CsvSource({ "400, VALIDATION, true", "422, VALIDATION, true", "401, UNAUTHORIZED, true", "403, FORBIDDEN, true",
			"404, NOT_FOUND, true", "405, CLIENT_ERROR, true", "302, CLIENT_ERROR, true", "408, NETWORK, false",
			"409, CONFLICT, false", "429, RATE_LIMITED, false", "500, SERVER_ERROR, false", "502, SERVER_ERROR, false",
			"503, SERVER_ERROR, false", "504, SERVER_ERROR, false" })
	void classifiesEveryStatus(int status, JiraException.Kind kind, boolean permanent) {
		JiraException failure = this.classifier.classify("GET /rest/api/3/issue/SUP-1", status, new HttpHeaders(), "");

		assertThat(failure.kind()).isEqualTo(kind);
		assertThat(failure.permanent()).isEqualTo(permanent);
		assertThat(failure.status()).hasValue(status);
		assertThat(failure.getMessage()).contains("GET /rest/api/3/issue/SUP-1");
	}

	@Test
	void ioFailuresAreRetriableNetworkFailures() {
		JiraException timeout = this.classifier.classify("GET /x",
				new ResourceAccessException("I/O error", new HttpTimeoutException("request timed out")));
		JiraException reset = this.classifier.classify("GET /x",
				new ResourceAccessException("I/O error", new IOException("Connection reset")));

		assertThat(timeout.kind()).isEqualTo(JiraException.Kind.NETWORK);
		assertThat(timeout.retriable()).isTrue();
		assertThat(timeout.getMessage()).contains("timed out");
		assertThat(reset.getMessage()).contains("Connection reset");
		assertThat(reset.status()).isEmpty();
	}

	@Test
	void readsRetryAfterAsSecondsOrHttpDate() {
		assertThat(retryAfter("Retry-After", "120")).contains(Duration.ofMinutes(2));
		assertThat(retryAfter("Retry-After", "1.5")).contains(Duration.ofMillis(1500));
		assertThat(retryAfter("Retry-After", "Sat, 21 Nov 2026 10:01:00 GMT")).contains(Duration.ofMinutes(1));
		assertThat(retryAfter("Retry-After", "Sat, 21 Nov 2026 09:59:00 GMT")).contains(Duration.ZERO);
		assertThat(retryAfter("Retry-After", "soon")).isEmpty();
		assertThat(retryAfter("Retry-After", "-5")).isEmpty();
		assertThat(retryAfter("X-RateLimit-Reset", "2026-11-21T10:00:45Z")).contains(Duration.ofSeconds(45));
	}

	@Test
	void retryAfterIsOnlyTakenFromRateLimitsAndServerErrors() {
		HttpHeaders headers = new HttpHeaders();
		headers.add("Retry-After", "30");

		assertThat(this.classifier.classify("GET /x", 429, headers, "").retryNotBefore()).contains(NOW.plusSeconds(30));
		assertThat(this.classifier.classify("GET /x", 503, headers, "").retryAfter()).contains(Duration.ofSeconds(30));
		assertThat(this.classifier.classify("GET /x", 400, headers, "").retryAfter()).isEmpty();
	}

	@Test
	void aProxyPageEndsUpAbbreviatedInTheMessage() {
		String html = "<html>" + "x".repeat(1000) + "</html>";

		assertThat(this.classifier.classify("GET /x", 502, new HttpHeaders(), html).getMessage()).hasSizeLessThan(400)
			.contains("Jira says: <html>xxx");
	}

	@Test
	void readsTheServiceDeskApisErrorShape() {
		JiraException failure = this.classifier.classify("POST /rest/servicedeskapi/request/SUP-1/comment", 400,
				new HttpHeaders(),
				"{\"errorMessage\": \"The request is not a service request\", \"i18nErrorMessage\": {}}");

		assertThat(failure.errorMessages()).containsExactly("The request is not a service request");
	}

	private java.util.Optional<Duration> retryAfter(String header, String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(header, value);
		return this.classifier.retryAfter(headers, NOW);
	}

}

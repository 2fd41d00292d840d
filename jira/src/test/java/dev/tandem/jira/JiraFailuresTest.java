package dev.tandem.jira;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.tandem.jira.JiraSamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the client fails: permanent failures at once and clearly, retriable ones retried
 * politely and boundedly.
 */
class JiraFailuresTest {

	private static final String ISSUE = "/rest/api/3/issue/SUP-1";

	@RegisterExtension
	static final JiraStandIn jira = JiraStandIn.cloud();

	private final JiraStandIn.InstantRetries retries = new JiraStandIn.InstantRetries();

	private final JiraClient client = jira.client(this.retries);

	@Test
	void aValidationErrorIsPermanentAndCarriesJirasReasons() {
		jira.stub(post(urlPathEqualTo(ISSUE + "/comment")).willReturn(jsonResponse(
				text(JiraSamples.error(List.of("Comment body can not be empty!"), "body", "Field is required")), 400)));

		assertThatThrownBy(() -> this.client.addPublicReply("SUP-1", JiraDocument.plainText("x")))
			.isInstanceOfSatisfying(JiraException.class, (ex) -> {
				assertThat(ex.kind()).isEqualTo(JiraException.Kind.VALIDATION);
				assertThat(ex.permanent()).isTrue();
				assertThat(ex.status()).hasValue(400);
				assertThat(ex.errorMessages()).containsExactly("Comment body can not be empty!");
				assertThat(ex.fieldErrors()).containsEntry("body", "Field is required");
				assertThat(ex.getMessage()).contains("POST /rest/api/3/issue/SUP-1/comment",
						"Comment body can not be empty!", "body: Field is required");
			});
		jira.wireMock().verify(1, postRequestedFor(urlPathEqualTo(ISSUE + "/comment")));
		assertThat(this.retries.sleeps()).isEmpty();
	}

	@Test
	void badCredentialsFailOnceNamingTheSettingsToCheck() {
		jira.stub(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody(text(
					JiraSamples.error(List.of("Client must be authenticated to access this resource."), null, null)))));

		assertThatThrownBy(() -> this.client.issue("SUP-1")).isInstanceOfSatisfying(JiraException.class, (ex) -> {
			assertThat(ex.kind()).isEqualTo(JiraException.Kind.UNAUTHORIZED);
			assertThat(ex.permanent()).isTrue();
			assertThat(ex.getMessage()).contains("credentials", "tandem.jira.user", "tandem.jira.api-token",
					"GET /rest/api/3/issue/SUP-1");
		});
		jira.wireMock().verify(1, getRequestedFor(urlPathEqualTo(ISSUE)));
	}

	@Test
	void aMissingPermissionFailsOnceSayingSo() {
		jira.stub(post(urlPathEqualTo(ISSUE + "/transitions")).willReturn(jsonResponse(
				text(JiraSamples.error(List.of("You do not have permission to transition this issue."), null, null)),
				403)));
		jira.stub(get(urlPathEqualTo(ISSUE + "/transitions"))
			.willReturn(okJson(text(JiraSamples.cloud().transitions("31", "Resolve", "Resolved")))));

		assertThatThrownBy(() -> this.client.transition("SUP-1", "Resolve")).isInstanceOfSatisfying(JiraException.class,
				(ex) -> {
					assertThat(ex.kind()).isEqualTo(JiraException.Kind.FORBIDDEN);
					assertThat(ex.permanent()).isTrue();
					assertThat(ex.getMessage()).contains("lacks a permission", "scope",
							"You do not have permission to transition this issue.");
				});
		jira.wireMock().verify(1, postRequestedFor(urlPathEqualTo(ISSUE + "/transitions")));
	}

	@Test
	void anUnknownIssueFailsOnceAsNotFound() {
		jira.stub(get(urlPathEqualTo(ISSUE)).willReturn(jsonResponse(text(JiraSamples
			.error(List.of("Issue does not exist or you do not have permission to see it."), null, null)), 404)));

		assertThatThrownBy(() -> this.client.issue("SUP-1")).isInstanceOfSatisfying(JiraException.class, (ex) -> {
			assertThat(ex.kind()).isEqualTo(JiraException.Kind.NOT_FOUND);
			assertThat(ex.permanent()).isTrue();
			assertThat(ex.getMessage()).contains("404", "Issue does not exist");
		});
		jira.wireMock().verify(1, getRequestedFor(urlPathEqualTo(ISSUE)));
	}

	@Test
	void waitsExactlyTheSecondsOfRetryAfterOnRateLimits() {
		stubFailingOnceThen(aResponse().withStatus(429).withHeader("Retry-After", "7"));

		assertThat(this.client.issue("SUP-1").key()).isEqualTo("SUP-1");

		assertThat(this.retries.sleeps()).containsExactly(Duration.ofSeconds(7));
		jira.wireMock().verify(2, getRequestedFor(urlPathEqualTo(ISSUE)));
	}

	@Test
	void waitsUntilTheDateOfRetryAfter() {
		Instant retryAt = this.retries.clock().instant().plusSeconds(30);
		stubFailingOnceThen(aResponse().withStatus(429)
			.withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(retryAt.atOffset(ZoneOffset.UTC))));

		this.client.issue("SUP-1");

		assertThat(this.retries.sleeps()).containsExactly(Duration.ofSeconds(30));
	}

	@Test
	void honoursRetryAfterOnServiceUnavailable() {
		stubFailingOnceThen(aResponse().withStatus(503).withHeader("Retry-After", "12"));

		this.client.issue("SUP-1");

		assertThat(this.retries.sleeps()).containsExactly(Duration.ofSeconds(12));
	}

	@Test
	void aRetryAfterBeyondTheLimitIsLeftToTheCallerWithTheMomentToRetry() {
		jira.stub(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

		assertThatThrownBy(() -> this.client.issue("SUP-1")).isInstanceOfSatisfying(JiraException.class, (ex) -> {
			assertThat(ex.kind()).isEqualTo(JiraException.Kind.RATE_LIMITED);
			assertThat(ex.retriable()).isTrue();
			assertThat(ex.retryAfter()).contains(Duration.ofHours(1));
			assertThat(ex.retryNotBefore()).contains(this.retries.clock().instant().plus(Duration.ofHours(1)));
		});
		assertThat(this.retries.sleeps()).isEmpty();
	}

	@Test
	void retriesAServerErrorWithBackoff() {
		stubFailingOnceThen(aResponse().withStatus(500).withBody("<html>Internal error</html>"));

		assertThat(this.client.issue("SUP-1").key()).isEqualTo("SUP-1");

		// first step 500 ms, "equal jitter" with the test's random 0.5: 250 + 0.5 * 250
		assertThat(this.retries.sleeps()).containsExactly(Duration.ofMillis(375));
	}

	@Test
	void retriesAResetConnection() {
		stubFailingOnceThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		assertThat(this.client.issue("SUP-1").key()).isEqualTo("SUP-1");

		jira.wireMock().verify(2, getRequestedFor(urlPathEqualTo(ISSUE)));
	}

	@Test
	void retriesATimeout() {
		JiraProperties properties = jira.properties().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200));
		JiraClient impatient = JiraClientFactory.standalone(this.retries.clock())
			.create(properties, this.retries.policy(properties.retry()));
		stubFailingOnceThen(
				okJson(text(JiraSamples.cloud().serviceRequest("SUP-1", "Refund", "Where?"))).withFixedDelay(2_000));

		assertThat(impatient.issue("SUP-1").key()).isEqualTo("SUP-1");

		jira.wireMock().verify(2, getRequestedFor(urlPathEqualTo(ISSUE)));
	}

	@Test
	void givesUpAfterTheConfiguredAttemptsWithARetriableFailure() {
		jira.stub(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(502)));

		assertThatThrownBy(() -> this.client.issue("SUP-1")).isInstanceOfSatisfying(JiraException.class, (ex) -> {
			assertThat(ex.kind()).isEqualTo(JiraException.Kind.SERVER_ERROR);
			assertThat(ex.retriable()).isTrue();
		});
		jira.wireMock().verify(4, getRequestedFor(urlPathEqualTo(ISSUE)));
		assertThat(this.retries.sleeps()).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750),
				Duration.ofMillis(1500));
	}

	@Test
	void aSingleAttemptClientLeavesRetriesToItsCaller() {
		jira.stub(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "20")));
		JiraClient outboxClient = JiraClientFactory.standalone(this.retries.clock())
			.createSingleAttempt(jira.properties());
		JiraRetryPolicy policy = new JiraStandIn.InstantRetries().policy(JiraProperties.Retry.defaults());

		assertThatThrownBy(() -> outboxClient.issue("SUP-1")).isInstanceOfSatisfying(JiraException.class, (ex) -> {
			assertThat(ex.retriable()).isTrue();
			assertThat(ex.retryNotBefore()).contains(this.retries.clock().instant().plusSeconds(20));
			assertThat(policy.backoff(1, ex)).isEqualTo(Duration.ofSeconds(20));
		});
		jira.wireMock().verify(1, getRequestedFor(urlPathEqualTo(ISSUE)));
	}

	@Test
	void anAnswerThatIsNotJsonIsAPermanentFailure() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/myself")).willReturn(okJson("{\"accountId\": \"x\"}")));
		jira.stub(get(urlPathEqualTo(ISSUE)).willReturn(okJson(text(JiraSamples.cloud().transitions()))));

		assertThatThrownBy(() -> this.client.issue("SUP-1")).isInstanceOfSatisfying(JiraException.class, (ex) -> {
			assertThat(ex.kind()).isEqualTo(JiraException.Kind.INVALID_RESPONSE);
			assertThat(ex.getMessage()).contains("GET /rest/api/3/issue/SUP-1", "fields");
		});
		jira.reset();
	}

	private void stubFailingOnceThen(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
		jira.stub(get(urlPathEqualTo(ISSUE)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(failure)
			.willSetStateTo("recovered"));
		jira.stub(get(urlPathEqualTo(ISSUE)).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(text(JiraSamples.cloud().serviceRequest("SUP-1", "Refund", "Where?")))));
	}

}

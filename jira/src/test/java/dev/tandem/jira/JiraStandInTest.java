package dev.tandem.jira;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.tandem.jira.JiraSamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stand-in itself: it must catch what does not match Atlassian's OpenAPI, and only
 * that.
 */
class JiraStandInTest {

	@RegisterExtension
	static final JiraStandIn jira = JiraStandIn.cloud();

	private final RestClient http = RestClient.builder().build();

	@AfterEach
	void forgetDeliberateMistakes() {
		jira.reset();
	}

	@Test
	void refusesARequestBodyOfTheWrongShape() {
		jira.stub(put(urlPathEqualTo("/rest/api/3/issue/SUP-1/assignee")).willReturn(aResponse().withStatus(204)));

		this.http.put()
			.uri(jira.baseUrl() + "/rest/api/3/issue/SUP-1/assignee")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"accountId\": 42, \"nickname\": \"bob\"}")
			.retrieve()
			.toBodilessEntity();

		assertThatThrownBy(jira::assertAllInteractionsMatchTheSpec).isInstanceOf(AssertionError.class)
			.hasMessageContaining("PUT /rest/api/3/issue/SUP-1/assignee")
			.hasMessageContaining("nickname");
	}

	@Test
	void refusesAStubbedAnswerOfTheWrongShape() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1"))
			.willReturn(okJson("{\"key\": \"SUP-1\", \"colour\": 7}")));

		this.http.get().uri(jira.baseUrl() + "/rest/api/3/issue/SUP-1").retrieve().body(String.class);

		assertThatThrownBy(jira::assertAllInteractionsMatchTheSpec).hasMessageContaining("colour");
	}

	@Test
	void refusesAnUnknownPath() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1/not-a-jira-resource")).willReturn(okJson("{}")));

		this.http.get()
			.uri(jira.baseUrl() + "/rest/api/3/issue/SUP-1/not-a-jira-resource")
			.retrieve()
			.body(String.class);

		assertThatThrownBy(jira::assertAllInteractionsMatchTheSpec).hasMessageContaining("not-a-jira-resource");
	}

	@Test
	void refusesRequestsWithoutAStub() {
		assertThatThrownBy(
				() -> this.http.get().uri(jira.baseUrl() + "/rest/api/3/myself").retrieve().body(String.class))
			.isNotNull();

		assertThatThrownBy(jira::assertAllInteractionsMatchTheSpec)
			.hasMessageContaining("no stub for GET /rest/api/3/myself");
	}

	@Test
	void acceptsJiraTimestampsAndRateLimitAnswersThatTheSpecDoesNotList() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1"))
			.willReturn(okJson(text(JiraSamples.cloud().serviceRequest("SUP-1", "Refund", "Where is it?")))));
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-2"))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));

		this.http.get().uri(jira.baseUrl() + "/rest/api/3/issue/SUP-1").retrieve().body(String.class);
		assertThatThrownBy(
				() -> this.http.get().uri(jira.baseUrl() + "/rest/api/3/issue/SUP-2").retrieve().body(String.class))
			.isNotNull();

		assertThatCode(jira::assertAllInteractionsMatchTheSpec).doesNotThrowAnyException();
		assertThat(jira.requests()).hasSize(2);
	}

}

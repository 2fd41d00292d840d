package dev.tandem.connector.endtoend;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraSamples;
import dev.tandem.jira.JiraStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhook in, Jira REST v2 out (Data Center: wiki markup, user names). */
class DataCenterWebhookToJiraIT {

	@RegisterExtension
	static JiraStandIn jira = JiraStandIn.dataCenter();

	private final Deliveries deliveries = new Deliveries(JiraFlavor.DATA_CENTER);

	private final JiraSamples samples = JiraSamples.dataCenter();

	private RunningConnector connector;

	@BeforeEach
	void start() {
		jira.stub(get(urlPathEqualTo("/rest/api/2/myself"))
			.willReturn(okJson(JiraSamples.text(this.samples.user("tandem-bot", "Tandem", null)))));
		jira.stub(post(urlPathEqualTo("/rest/api/2/search"))
			.willReturn(okJson(JiraSamples.text(this.samples.dataCenterSearchPage(List.of(), 0, 0)))));
		this.connector = RunningConnector.start(RunningConnector.settings(jira.properties(), "dc-e2e"));
	}

	@AfterEach
	void stop() {
		this.connector.close();
	}

	@Test
	void answersInWikiMarkupOnceAndAssignsByUserNameWhenTheCustomerWantsAPerson() {
		ObjectNode issue = this.deliveries.issue("OPS-1", "Refund", "When will my refund arrive?");
		jira.stub(post(urlPathEqualTo("/rest/api/2/issue/OPS-1/comment"))
			.willReturn(jsonResponse(JiraSamples.text(this.samples.comment("20001", "reply", true)), 201)));
		jira.stub(put(urlPathEqualTo("/rest/api/2/issue/OPS-1")).willReturn(aResponse().withStatus(204)));
		jira.stub(put(urlPathEqualTo("/rest/api/2/issue/OPS-1/assignee")).willReturn(aResponse().withStatus(204)));
		String created = this.deliveries.issueCreated(issue);

		assertThat(this.connector.deliver(created, "dc-1").statusCode()).isEqualTo(202);
		assertThat(this.connector.deliver(created, "dc-1").body()).contains("duplicate");
		awaitState(issue, CaseState.WAITING_FOR_CUSTOMER);
		List<LoggedRequest> replies = requests("POST", "/rest/api/2/issue/OPS-1/comment");
		assertThat(replies).hasSize(1);
		assertThat(replies.get(0).getBodyAsString()).contains("\"body\":\"")
			.contains("[How long a refund takes|https://help.example.com/articles/refund-time]");

		this.connector.deliver(this.deliveries.customerComment(issue, "30001", "I want to talk to a person"), "dc-2");

		TicketCase done = awaitState(issue, CaseState.DONE);
		assertThat(done.outcome()).contains(CaseOutcome.ESCALATED);
		assertThat(requests("PUT", "/rest/api/2/issue/OPS-1/assignee").get(0).getBodyAsString())
			.contains("\"name\":\"agent-en\"");
	}

	private TicketCase awaitState(ObjectNode issue, CaseState state) {
		String id = issue.get("id").asString();
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.connector.caseOf(id)
				.filter((found) -> found.state() == state && found.lease().isEmpty())
				.orElse(null), (found) -> found != null);
	}

	private static List<LoggedRequest> requests(String method, String path) {
		return jira.requests()
			.stream()
			.filter((request) -> request.getMethod().getName().equals(method)
					&& request.getUrl().split("\\?")[0].equals(path))
			.toList();
	}

}

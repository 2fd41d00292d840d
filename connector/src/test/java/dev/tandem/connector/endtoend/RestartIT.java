package dev.tandem.connector.endtoend;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraSamples;
import dev.tandem.jira.JiraStandIn;
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

/**
 * The connector dies while Jira is taking its reply; a new process on the same
 * Elasticsearch finishes the case, and the customer gets exactly one reply.
 */
class RestartIT {

	@RegisterExtension
	static JiraStandIn jira = JiraStandIn.cloud();

	private final Deliveries deliveries = new Deliveries(JiraFlavor.CLOUD);

	private final JiraSamples samples = JiraSamples.cloud();

	private static long replyPosts() {
		return jira.requests()
			.stream()
			.filter((request) -> request.getMethod().getName().equals("POST")
					&& request.getUrl().equals("/rest/api/3/issue/SUP-9/comment"))
			.count();
	}

	@Test
	void aCaseInterruptedByAStopCompletesExactlyOnceAfterARestart() {
		ObjectNode issue = this.deliveries.issue("SUP-9", "Refund", "Where is my refund?");
		String id = issue.get("id").asString();
		jira.stub(get(urlPathEqualTo("/rest/api/3/myself"))
			.willReturn(okJson(JiraSamples.text(this.samples.user("557058:tandem-bot", "Tandem", null)))));
		// Jira takes the reply but answers slowly: the process is stopped meanwhile
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/SUP-9/comment"))
			.willReturn(jsonResponse(JiraSamples.text(this.samples.comment("20009", "reply", true)), 201)
				.withFixedDelay(5000)));
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-9/comment"))
			.willReturn(okJson(JiraSamples.text(this.samples.commentsPage(0, 1, List
				.of(this.samples.comment("20009", "Refunds reach your account. (ref SUP-9/0/reply)", true)))))));
		jira.stub(put(urlPathEqualTo("/rest/api/3/issue/SUP-9")).willReturn(aResponse().withStatus(204)));
		Map<String, String> settings = new java.util.LinkedHashMap<>(
				RunningConnector.settings(jira.properties(), "restart"));
		settings.put("tandem.processing.lease", "2s");
		settings.put("tandem.processing.shutdown-grace", "0s");

		RunningConnector first = RunningConnector.start(settings);
		try {
			assertThat(first.deliver(this.deliveries.issueCreated(issue), "restart-1").statusCode()).isEqualTo(202);
			// the attempt is recorded with the decision, before the call: wait for the
			// call
			// itself, which Jira's stand-in logs as it arrives (its answer takes 5 s)
			await().atMost(Duration.ofSeconds(30))
				.until(() -> replyPosts() == 1 && first.caseOf(id)
					.map((found) -> !found.outbox().isEmpty() && found.outbox().get(0).attempts() == 1)
					.orElse(false));
		}
		finally {
			first.stop();
		}

		// whether Jira logged the first POST depends on when the stop cut the connection
		long postsBeforeRestart = replyPosts();
		assertThat(postsBeforeRestart).isLessThanOrEqualTo(1);
		try (RunningConnector second = RunningConnector.start(settings)) {
			TicketCase done = await().atMost(Duration.ofSeconds(30))
				.until(() -> second.caseOf(id)
					.filter((found) -> found.state() == CaseState.WAITING_FOR_CUSTOMER && found.lease().isEmpty())
					.orElse(null), (found) -> found != null);
			assertThat(done.outbox().get(0).result()).isEqualTo(Optional.of("20009"));
			// the new process found the reply in Jira and did not post it again
			assertThat(replyPosts()).isEqualTo(postsBeforeRestart);
		}
	}

}

package dev.tandem.connector.endtoend;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.ActionStatus;
import dev.tandem.connector.cases.ActionType;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.OutboxAction;
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

/**
 * Webhook in, Jira REST out (Cloud): every request checked against Atlassian's OpenAPI by
 * the stand-in.
 */
class CloudWebhookToJiraIT {

	@RegisterExtension
	static JiraStandIn jira = JiraStandIn.cloud();

	private final Deliveries deliveries = new Deliveries(JiraFlavor.CLOUD);

	private final JiraSamples samples = JiraSamples.cloud();

	private RunningConnector connector;

	@BeforeEach
	void start() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/myself"))
			.willReturn(okJson(JiraSamples.text(this.samples.user("557058:tandem-bot", "Tandem", null)))));
		jira.stub(post(urlPathEqualTo("/rest/api/3/search/jql"))
			.willReturn(okJson(JiraSamples.text(this.samples.cloudSearchPage(List.of(), Optional.empty())))));
		this.connector = RunningConnector.start(RunningConnector.settings(jira.properties(), "cloud-e2e"));
	}

	@AfterEach
	void stop() {
		this.connector.close();
	}

	@Test
	void answersARefundQuestionOnceThoughJiraDeliversItThreeTimes() {
		ObjectNode issue = this.deliveries.issue("SUP-1", "Refund question", "When do I get my refund?");
		stubWrites("SUP-1");
		String created = this.deliveries.issueCreated(issue);

		assertThat(this.connector.deliver(created, "delivery-1").statusCode()).isEqualTo(202);
		assertThat(this.connector.deliver(created, "delivery-1").body()).contains("duplicate");
		assertThat(this.connector.deliver(created, null).body()).contains("duplicate");

		TicketCase done = awaitState(issue, CaseState.WAITING_FOR_CUSTOMER);
		assertThat(done.outcome()).contains(CaseOutcome.AUTO_ANSWERED);
		List<LoggedRequest> replies = requests("POST", "/rest/api/3/issue/SUP-1/comment");
		assertThat(replies).hasSize(1);
		assertThat(replies.get(0).getBodyAsString()).contains("Refunds reach your account within 5 business days")
			.contains("https://help.example.com/articles/refund-time")
			.contains("ref SUP-1/0/reply");
		assertThat(requests("PUT", "/rest/api/3/issue/SUP-1").get(0).getBodyAsString())
			.contains("tandem-auto-answered");
		// the reply's attempt was recorded with the decision, by the worker that then
		// posted it: nothing to check in Jira first
		assertThat(requests("GET", "/rest/api/3/issue/SUP-1/comment")).isEmpty();
		assertThat(done.outbox()).extracting(OutboxAction::attempts).containsExactly(1, 1);
		assertThat(done.outbox()).allSatisfy((action) -> assertThat(action.status()).isEqualTo(ActionStatus.DONE));
		assertThat(done.lease()).isEmpty();
		// stored leased to this instance, decided with the reply's attempt; reply and
		// labels (repeatable) made before the write that records both done and ends the
		// outbox: three writes of the case in all
		assertThat(this.connector.writesOfCase(issue.get("id").asString())).isEqualTo(3);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.connector.bean(AuditLog.class).latest(Optional.of("SUP-1"), 50))
				.extracting(AuditEntry::action)
				.containsExactlyInAnyOrder("triage.decided", "jira.public_reply", "jira.edit"));
	}

	@Test
	void resolvesWhenTheCustomerConfirmsTheAnswerHelped() {
		ObjectNode issue = this.deliveries.issue("SUP-2", "Refund", "How long does a refund take?");
		stubWrites("SUP-2");
		this.connector.deliver(this.deliveries.issueCreated(issue), "created-2");
		awaitState(issue, CaseState.WAITING_FOR_CUSTOMER);

		String reply = this.deliveries.customerComment(issue, "30001", "Yes, thank you!");
		assertThat(this.connector.deliver(reply, "reply-2").statusCode()).isEqualTo(202);
		assertThat(this.connector.deliver(reply, "reply-2").body()).contains("duplicate");

		TicketCase done = awaitState(issue, CaseState.DONE);
		assertThat(done.outcome()).contains(CaseOutcome.RESOLVED_BY_CUSTOMER);
		assertThat(requests("POST", "/rest/api/3/issue/SUP-2/comment")).hasSize(2);
		assertThat(requests("PUT", "/rest/api/3/issue/SUP-2/assignee")).isEmpty();
	}

	@Test
	void assignsAPersonWhenTheCustomerSaysTheAnswerDidNotHelp() {
		ObjectNode issue = this.deliveries.issue("SUP-3", "Refund", "Where is my refund?");
		stubWrites("SUP-3");
		this.connector.deliver(this.deliveries.issueCreated(issue), "created-3");
		awaitState(issue, CaseState.WAITING_FOR_CUSTOMER);

		this.connector.deliver(this.deliveries.customerComment(issue, "30002", "No, that did not help."), "reply-3");

		TicketCase done = awaitState(issue, CaseState.DONE);
		assertThat(done.outcome()).contains(CaseOutcome.ESCALATED);
		assertThat(requests("PUT", "/rest/api/3/issue/SUP-3/assignee")).singleElement()
			.satisfies((assign) -> assertThat(assign.getBodyAsString()).contains("557058:agent-en"));
		// the priority lane assigned the person, the ordinary lane did the rest, once
		// each
		assertThat(done.outbox()).extracting(OutboxAction::idempotencyKey)
			.contains("SUP-3/1/assign", "SUP-3/1/ack", "SUP-3/1/note", "SUP-3/1/edit");
		assertThat(done.outbox()).allSatisfy((action) -> assertThat(action.status()).isEqualTo(ActionStatus.DONE));
		assertThat(requests("POST", "/rest/api/3/issue/SUP-3/comment"))
			.filteredOn((comment) -> comment.getBodyAsString().contains("SUP-3/1/ack")
					|| comment.getBodyAsString().contains("SUP-3/1/note"))
			.hasSize(2);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.connector.bean(AuditLog.class).latest(Optional.of("SUP-3"), 50))
				.extracting(AuditEntry::action)
				.contains("followup.classified", "jira.assign"));
	}

	@Test
	void handsAnAngryCustomerStraightToAPerson() {
		ObjectNode issue = this.deliveries.issue("SUP-4", "Refund NOW",
				"This is ridiculous! Worst service ever, I demand my refund now. Let me talk to a human!");
		stubWrites("SUP-4");
		this.connector.deliver(this.deliveries.issueCreated(issue), "created-4");

		TicketCase done = awaitState(issue, CaseState.DONE);
		assertThat(done.triage().orElseThrow().decision().name()).isEqualTo("HUMAN");
		assertThat(done.outcome()).contains(CaseOutcome.ASSIGNED);
		assertThat(requests("POST", "/rest/api/3/issue/SUP-4/comment")).isEmpty();
		assertThat(requests("PUT", "/rest/api/3/issue/SUP-4/assignee")).hasSize(1);
	}

	@Test
	void assignsAPersonWithASuggestedAnswerAsAnInternalNote() {
		ObjectNode issue = this.deliveries.issue("SUP-7", "Invoice copy", "Can I get a copy of my invoice?");
		stubWrites("SUP-7");
		this.connector.deliver(this.deliveries.issueCreated(issue), "created-7");

		TicketCase done = awaitState(issue, CaseState.DONE);
		assertThat(done.triage().orElseThrow().decision().name()).isEqualTo("ASSIST");
		assertThat(done.outbox()).extracting(OutboxAction::type)
			.containsExactly(ActionType.ASSIGN, ActionType.INTERNAL_NOTE, ActionType.EDIT);
		assertThat(done.outbox()).allSatisfy((action) -> {
			assertThat(action.status()).isEqualTo(ActionStatus.DONE);
			assertThat(action.attempts()).isEqualTo(1);
		});
		assertThat(requests("PUT", "/rest/api/3/issue/SUP-7/assignee")).hasSize(1);
		assertThat(requests("POST", "/rest/api/3/issue/SUP-7/comment")).singleElement()
			.satisfies((note) -> assertThat(note.getBodyAsString()).contains("Download invoices under Account")
				.contains("sd.public.comment"));
		// the note's attempt was recorded with the decision, by the worker that then
		// posted it: nothing to check in Jira first
		assertThat(requests("GET", "/rest/api/3/issue/SUP-7/comment")).isEmpty();
		// stored leased, decided with the note's attempt; assignment, note and labels
		// made before the write that records them done and ends the outbox
		assertThat(this.connector.writesOfCase(issue.get("id").asString())).isEqualTo(3);
	}

	@Test
	void waitsAsJiraAsksWhenRateLimitedAndRepliesOnce() {
		ObjectNode issue = this.deliveries.issue("SUP-5", "Refund", "When will the refund arrive?");
		stubWrites("SUP-5");
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/SUP-5/comment")).inScenario("rate limit")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(
					jsonResponse(JiraSamples.text(JiraSamples.error(List.of("Rate limit exceeded"), null, null)), 429)
						.withHeader("Retry-After", "1"))
			.willSetStateTo("allowed"));
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/SUP-5/comment")).inScenario("rate limit")
			.whenScenarioStateIs("allowed")
			.willReturn(jsonResponse(JiraSamples.text(this.samples.comment("40001", "reply", true)), 201)));
		this.connector.deliver(this.deliveries.issueCreated(issue), "created-5");

		TicketCase done = awaitState(issue, CaseState.WAITING_FOR_CUSTOMER);
		assertThat(requests("POST", "/rest/api/3/issue/SUP-5/comment")).hasSize(2);
		assertThat(done.outbox().get(0).attempts()).isEqualTo(2);
		assertThat(done.outbox().get(0).lastError()).hasValueSatisfying((error) -> assertThat(error).contains("429"));
	}

	@Test
	void refusesUnsignedDeliveries() {
		String body = this.deliveries.issueCreated(this.deliveries.issue("SUP-6", "Refund", "refund?"));
		var request = java.net.http.HttpRequest.newBuilder(this.connector.uri("/webhooks/jira"))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build();
		assertThat(this.connector.send(request).statusCode()).isEqualTo(401);
	}

	private void stubWrites(String key) {
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/" + key + "/comment"))
			.willReturn(jsonResponse(JiraSamples.text(this.samples.comment("20001", "reply", true)), 201)));
		jira.stub(put(urlPathEqualTo("/rest/api/3/issue/" + key)).willReturn(aResponse().withStatus(204)));
		jira.stub(
				put(urlPathEqualTo("/rest/api/3/issue/" + key + "/assignee")).willReturn(aResponse().withStatus(204)));
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

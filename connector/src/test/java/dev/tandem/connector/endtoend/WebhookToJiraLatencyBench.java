package dev.tandem.connector.endtoend;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.intake.WebhookSignature;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraSamples;
import dev.tandem.jira.JiraStandIn;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;

/**
 * Webhook-to-Jira latency at a sustained rate: tickets arrive as signed webhooks at 20
 * per second; the time from sending each webhook to the stand-in receiving Tandem's reply
 * (auto answer) is measured; then every customer replies "no, a person please" at the
 * same rate and the time to the assignment is measured. Run with {@code ./mvnw -B -Pbench
 * -pl connector -am verify -Dit.test=WebhookToJiraLatencyBench}.
 */
class WebhookToJiraLatencyBench {

	private static final int RATE_PER_SECOND = 20;

	private static final int SECONDS = 30;

	private final Deliveries deliveries = new Deliveries(JiraFlavor.CLOUD);

	private final JiraSamples samples = JiraSamples.cloud();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void measuresWebhookToFirstJiraActionAtTwentyTicketsPerSecond() throws Exception {
		JiraStandIn jira = JiraStandIn.cloud().start();
		jira.stub(get(urlPathEqualTo("/rest/api/3/myself"))
			.willReturn(okJson(JiraSamples.text(this.samples.user("557058:tandem-bot", "Tandem", null)))));
		jira.stub(post(urlPathEqualTo("/rest/api/3/search/jql"))
			.willReturn(okJson(JiraSamples.text(this.samples.cloudSearchPage(List.of(), Optional.empty())))));
		jira.stub(post(urlPathMatching("/rest/api/3/issue/[^/]+/comment"))
			.willReturn(jsonResponse(JiraSamples.text(this.samples.comment("20001", "reply", true)), 201)));
		jira.stub(put(urlPathMatching("/rest/api/3/issue/[^/]+")).willReturn(aResponse().withStatus(204)));
		jira.stub(put(urlPathMatching("/rest/api/3/issue/[^/]+/assignee")).willReturn(aResponse().withStatus(204)));
		int tickets = RATE_PER_SECOND * SECONDS;
		try (RunningConnector connector = RunningConnector
			.start(RunningConnector.settings(jira.properties(), "bench"))) {
			List<ObjectNode> issues = new ArrayList<>();
			for (int i = 0; i < tickets; i++) {
				// no numbers in the text: the sentiment lexicon reads some (86, 187) as
				// slang
				ObjectNode issue = this.deliveries.issue("BEN-" + (i + 1), "Refund question",
						"When will my refund arrive?");
				issue.put("id", String.valueOf(300000 + i));
				issues.add(issue);
			}
			Map<String, Long> answerSent = sendAtRate(connector, issues, (issue) -> this.deliveries.issueCreated(issue),
					"created");
			Map<String, Long> answered = awaitRequests(jira, "POST", "/comment", tickets, 0);
			long repliesStart = System.currentTimeMillis();
			Map<String, Long> replySent = sendAtRate(
					connector, issues, (issue) -> this.deliveries.customerComment(issue,
							"9" + issue.get("id").asString(), "No, that did not help. I want to talk to a person."),
					"reply");
			Map<String, Long> assigned = awaitRequests(jira, "PUT", "/assignee", tickets, repliesStart);
			String md = "Connector on the shared test Elasticsearch, Jira stand-in (WireMock) answering at once; "
					+ tickets + " tickets sent as signed webhooks at " + RATE_PER_SECOND
					+ "/s (timestamps: webhook sent by the client, request received by the stand-in).\n\n"
					+ "| path | tickets | p50 | p90 | p99 | max |\n|---|---|---|---|---|---|\n"
					+ row("new ticket -> automatic answer posted", latencies(answerSent, answered))
					+ row("customer says no -> person assigned", latencies(replySent, assigned)) + breakdown(connector);
			BenchmarkReport.forProject().writeSection("connector-latency", "Connector: webhook to Jira action", md);
		}
		finally {
			jira.stop();
		}
	}

	private Map<String, Long> sendAtRate(RunningConnector connector, List<ObjectNode> issues,
			Function<ObjectNode, String> body, String kind) throws Exception {
		Map<String, Long> sent = new ConcurrentHashMap<>();
		List<CompletableFuture<HttpResponse<String>>> responses = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failures = new AtomicInteger();
		long start = System.nanoTime();
		long interval = TimeUnit.SECONDS.toNanos(1) / RATE_PER_SECOND;
		for (int i = 0; i < issues.size(); i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			ObjectNode issue = issues.get(i);
			byte[] bytes = body.apply(issue).getBytes(StandardCharsets.UTF_8);
			HttpRequest request = HttpRequest.newBuilder(connector.uri("/webhooks/jira"))
				.header("Content-Type", "application/json")
				.header("X-Hub-Signature", WebhookSignature.sign(RunningConnector.SECRET, bytes))
				.header("X-Atlassian-Webhook-Identifier", kind + "-" + issue.get("key").asString())
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build();
			sent.put(issue.get("key").asString(), System.currentTimeMillis());
			responses.add(this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, ex) -> {
				if (ex != null || r.statusCode() != 202) {
					failures.incrementAndGet();
				}
			}));
		}
		CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " webhooks were not accepted");
		}
		return sent;
	}

	private static Map<String, Long> awaitRequests(JiraStandIn jira, String method, String suffix, int expected,
			long notBefore) {
		return await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			Map<String, Long> first = new ConcurrentHashMap<>();
			for (LoggedRequest request : jira.requests()) {
				String path = request.getUrl().split("\\?")[0];
				if (request.getMethod().getName().equals(method) && path.endsWith(suffix)
						&& request.getLoggedDate().getTime() >= notBefore) {
					String key = path.replace("/rest/api/3/issue/", "").replace(suffix, "");
					first.merge(key, request.getLoggedDate().getTime(), Math::min);
				}
			}
			return first;
		}, (found) -> found.size() >= expected);
	}

	/**
	 * Where the time goes, from the cases' own history (stored -> decided -> first
	 * action).
	 */
	private static String breakdown(RunningConnector connector) {
		List<Long> toDecision = new ArrayList<>();
		List<Long> toAction = new ArrayList<>();
		for (TicketCase ticketCase : connector.bean(CaseStore.class)
			.latest(Optional.empty(), Optional.empty(), RATE_PER_SECOND * SECONDS)) {
			Optional<Instant> decided = ticketCase.history()
				.stream()
				.filter((entry) -> entry.state() == CaseState.ACTING)
				.map(TicketCase.HistoryEntry::at)
				.findFirst();
			decided.ifPresent((at) -> toDecision.add(Duration.between(ticketCase.receivedAt(), at).toMillis()));
			decided.ifPresent((at) -> ticketCase.firstActionAt()
				.ifPresent((first) -> toAction.add(Duration.between(at, first).toMillis())));
		}
		Collections.sort(toDecision);
		Collections.sort(toAction);
		return "\nInside the connector (from the cases' history):\n\n| step | cases | p50 | p90 | p99 | max |\n"
				+ "|---|---|---|---|---|---|\n" + row("stored -> decided (queue wait + triage)", toDecision)
				+ row("decided -> first Jira action done", toAction);
	}

	private static List<Long> latencies(Map<String, Long> sent, Map<String, Long> done) {
		List<Long> latencies = new ArrayList<>();
		sent.forEach((key, at) -> {
			Long finished = done.get(key);
			if (finished != null) {
				latencies.add(finished - at);
			}
		});
		Collections.sort(latencies);
		return latencies;
	}

	private static String row(String name, List<Long> sorted) {
		return String.format(Locale.ROOT, "| %s | %d | %d ms | %d ms | %d ms | %d ms |%n", name, sorted.size(),
				percentile(sorted, 0.5), percentile(sorted, 0.9), percentile(sorted, 0.99),
				sorted.get(sorted.size() - 1));
	}

	private static long percentile(List<Long> sorted, double p) {
		int index = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}

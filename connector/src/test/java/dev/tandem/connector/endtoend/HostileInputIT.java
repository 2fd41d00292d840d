package dev.tandem.connector.endtoend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.intake.WebhookSignature;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraSamples;
import dev.tandem.jira.JiraStandIn;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a hostile or broken sender can do to a running connector: bad webhook deliveries
 * are refused with a 4xx naming the problem, logged, and change nothing in Elasticsearch;
 * personal data in tickets never reaches an index unmasked; secrets never reach the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIT {

	@RegisterExtension
	static JiraStandIn jira = JiraStandIn.cloud();

	private static final String WEBHOOK_SECRET = "whsec-Qm4t7Zr2Kx9";

	private static final String API_TOKEN = "apitok-Vn3b8Lp5Hw1";

	/** What start-up printed (logging writes to System.out, captured while starting). */
	private static String startUpOutput;

	private static RunningConnector connector;

	private static String prefix;

	private final Deliveries deliveries = new Deliveries(JiraFlavor.CLOUD);

	@BeforeAll
	static void start() {
		Map<String, String> settings = RunningConnector.settings(jira.properties(), "hostile");
		settings.put("tandem.jira.webhook-secret", WEBHOOK_SECRET);
		settings.put("tandem.api.token", API_TOKEN);
		prefix = settings.get("tandem.index-prefix");
		PrintStream original = System.out;
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		System.setOut(new PrintStream(new TeeStream(original, copy), true, StandardCharsets.UTF_8));
		try {
			connector = RunningConnector.start(settings);
		}
		finally {
			System.setOut(original);
		}
		startUpOutput = copy.toString(StandardCharsets.UTF_8);
	}

	@AfterAll
	static void stop() {
		if (connector != null) {
			connector.close();
		}
	}

	@Test
	void startUpLogsNoSecret() {
		assertThat(startUpOutput).contains("Started").doesNotContain(WEBHOOK_SECRET, API_TOKEN);
		assertThat(startUpOutput).doesNotContain(jira.properties().apiToken());
	}

	static Stream<Arguments> badDeliveries() {
		String valid = new Deliveries(JiraFlavor.CLOUD)
			.issueCreated(new Deliveries(JiraFlavor.CLOUD).issue("BAD-1", "Refund", "refund?"));
		byte[] huge = ("{\"webhookEvent\": \"jira:issue_created\", \"pad\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		return Stream.of(
				bad("unsigned", valid.getBytes(StandardCharsets.UTF_8), Optional.empty(), 401, "X-Hub-Signature",
						"no signature"),
				bad("signed with another secret", valid.getBytes(StandardCharsets.UTF_8),
						Optional.of(WebhookSignature.sign("guessed", valid.getBytes(StandardCharsets.UTF_8))), 401,
						"X-Hub-Signature", "wrong signature"),
				bad("signature not hex", valid.getBytes(StandardCharsets.UTF_8), Optional.of("sha256=zz-not-hex"), 401,
						"X-Hub-Signature", "wrong signature"),
				signed("malformed JSON", "{\"webhookEvent\": \"jira:issue_created\", \"issue\": {", 400,
						"body is not JSON"),
				signed("empty body", "", 400, "not"), signed("JSON array", "[1, 2]", 400, "not a JSON object"),
				signed("event name of the wrong type", "{\"webhookEvent\": 42, \"issue\": {\"id\": \"1\"}}", 400,
						"webhookEvent"),
				signed("issue of the wrong type", "{\"webhookEvent\": \"jira:issue_created\", \"issue\": \"BAD-2\"}",
						400, "issue"),
				signed("issue key of the wrong type",
						"{\"webhookEvent\": \"jira:issue_created\", \"issue\": {\"id\": [1], \"key\": 7}}", 400,
						"'id' or 'key'"),
				signed("comment event without comment",
						"{\"webhookEvent\": \"comment_created\", \"issue\": {\"id\": \"9\", \"key\": \"BAD-9\"}}", 400,
						"comment"),
				signed("issue fields of the wrong type",
						"{\"webhookEvent\": \"jira:issue_created\", \"issue\": {\"id\": \"11\", \"key\": \"BAD-11\", \"fields\": \"oops\"}}",
						400, "fields"),
				signed("summary of the wrong type",
						"{\"webhookEvent\": \"jira:issue_created\", \"issue\": {\"id\": \"12\", \"key\": \"BAD-12\", \"fields\": {\"summary\": {\"a\": 1}, \"project\": {\"key\": \"BAD\"}, \"created\": \"2026-11-20T09:15:00.000+0000\"}}}",
						400, "field 'summary' is object, not text"),
				signed("unreadable creation time",
						"{\"webhookEvent\": \"jira:issue_created\", \"issue\": {\"id\": \"13\", \"key\": \"BAD-13\", \"fields\": {\"summary\": \"s\", \"project\": {\"key\": \"BAD\"}, \"created\": \"yesterday\"}}}",
						400, "field 'created'"),
				signed("comment of the wrong shape",
						"{\"webhookEvent\": \"comment_created\", \"issue\": {\"id\": \"14\", \"key\": \"BAD-14\"}, \"comment\": {\"id\": \"5\", \"body\": 42, \"author\": \"x\"}}",
						400, "not a Jira comment"),
				bad("5 MB body", huge, Optional.of(WebhookSignature.sign(WEBHOOK_SECRET, huge)), 413, "larger than",
						"larger than"),
				signed("unknown event", "{\"webhookEvent\": \"jira:worklog_updated\", \"issue\": {\"id\": \"3\"}}", 202,
						"ignored"));
	}

	private static Arguments signed(String name, String body, int status, String message) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return bad(name, bytes, Optional.of(WebhookSignature.sign(WEBHOOK_SECRET, bytes)), status, message,
				(status == 202) ? "Ignoring Jira event" : message);
	}

	private static Arguments bad(String name, byte[] body, Optional<String> signature, int status, String message,
			String logged) {
		return Arguments.of(name, body, signature, status, message, logged);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badDeliveries")
	void badDeliveryIsRefusedLoggedAndChangesNothing(String name, byte[] body, Optional<String> signature, int status,
			String message, String logged, CapturedOutput output) throws IOException {
		long before = storedDocuments();
		HttpRequest.Builder request = HttpRequest.newBuilder(connector.uri("/webhooks/jira"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		signature.ifPresent((value) -> request.header("X-Hub-Signature", value));

		HttpResponse<String> response = connector.send(request.build());

		assertThat(response.statusCode()).as(name).isEqualTo(status);
		assertThat(response.body()).as(name).contains(message);
		assertThat(output.getAll()).as(name).contains(logged);
		assertThat(storedDocuments()).as(name).isEqualTo(before);
	}

	@Test
	void personalDataInTicketsIsStoredOnlyMasked(CapturedOutput output) throws IOException {
		stubJira();
		List<String> originals = List.of("casey.pii@example.com", "13812345678", "+86 139 1234 5678", "+1 415 555 0132",
				"4111 1111 1111 1111", "5500005555555559", "11010519491231002X", "DE89 3704 0044 0532 0130 00",
				"GB82WEST12345698765432", "203.0.113.42", "2001:db8::8a2e:370:7334");
		List<ObjectNode> issues = new ArrayList<>();
		issues.add(this.deliveries.issue("PII-1", "Refund for casey.pii@example.com",
				"Call me on 13812345678 or +1 415 555 0132. Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00."));
		issues.add(this.deliveries.issue("PII-2", "退款 +86 139 1234 5678",
				"身份证号 11010519491231002X，卡号 5500005555555559，我的IP是 203.0.113.42"));
		issues.add(this.deliveries.issue("PII-3", "Cannot log in from 2001:db8::8a2e:370:7334",
				"Please refund to GB82WEST12345698765432, thanks"));
		for (ObjectNode issue : issues) {
			assertThat(connector.deliver(this.deliveries.issueCreated(issue), null, WEBHOOK_SECRET).statusCode())
				.isEqualTo(202);
		}
		String reply = this.deliveries.customerComment(issues.getFirst(), "31001",
				"My email is casey.pii@example.com and my phone 13812345678");
		connector.deliver(reply, null, WEBHOOK_SECRET);
		for (ObjectNode issue : issues) {
			String id = issue.get("id").asString();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> connector.caseOf(id)
					.filter((found) -> found.state() == CaseState.WAITING_FOR_CUSTOMER
							|| found.state() == CaseState.DONE)
					.isPresent());
		}

		List<String> documents = everyStoredDocument();
		// the scan sees the tickets' text: masked
		assertThat(String.join("\n", documents)).contains("[EMAIL]", "[PHONE]", "[CN_ID]", "[IBAN]");
		for (String original : originals) {
			String digits = original.replaceAll("[\\s-]", "");
			assertThat(documents).as(original)
				.noneSatisfy((document) -> assertThat(document).contains(original))
				.noneSatisfy((document) -> assertThat(document).contains(digits));
		}
		assertThat(output.getAll()).doesNotContain("casey.pii@example.com", "13812345678", "11010519491231002X",
				"4111 1111 1111 1111");
	}

	private void stubJira() {
		JiraSamples samples = JiraSamples.cloud();
		jira.stub(get(urlPathEqualTo("/rest/api/3/myself"))
			.willReturn(okJson(JiraSamples.text(samples.user("557058:tandem-bot", "Tandem", null)))));
		jira.stub(post(urlPathEqualTo("/rest/api/3/search/jql"))
			.willReturn(okJson(JiraSamples.text(samples.cloudSearchPage(List.of(), Optional.empty())))));
		jira.stub(post(urlPathMatching("/rest/api/3/issue/[^/]+/comment"))
			.willReturn(jsonResponse(JiraSamples.text(samples.comment("20001", "reply", true)), 201)));
		jira.stub(put(urlPathMatching("/rest/api/3/issue/[^/]+")).willReturn(aResponse().withStatus(204)));
		jira.stub(put(urlPathMatching("/rest/api/3/issue/[^/]+/assignee")).willReturn(aResponse().withStatus(204)));
	}

	/**
	 * Documents in the test's indices, except the settings (which hold the API token's
	 * hash).
	 */
	private static long storedDocuments() throws IOException {
		ElasticsearchClient client = SharedElasticsearch.connection().client();
		List<String> indices = indices().stream().filter((name) -> !name.endsWith("-settings")).toList();
		if (indices.isEmpty()) {
			return 0;
		}
		client.indices().refresh((refresh) -> refresh.index(indices));
		return client.count((count) -> count.index(indices)).count();
	}

	private static List<String> everyStoredDocument() throws IOException {
		ElasticsearchClient client = SharedElasticsearch.connection().client();
		List<String> indices = indices();
		client.indices().refresh((refresh) -> refresh.index(indices));
		List<String> documents = new ArrayList<>();
		for (String index : indices) {
			client.search((search) -> search.index(index).size(10_000), JsonData.class)
				.hits()
				.hits()
				.forEach((hit) -> documents.add(index + "/" + hit.id() + ": " + hit.source().toJson()));
		}
		return documents;
	}

	private static List<String> indices() throws IOException {
		return new ArrayList<>(SharedElasticsearch.connection()
			.client()
			.indices()
			.get((get) -> get.index(prefix + "-*").allowNoIndices(true).ignoreUnavailable(true))
			.result()
			.keySet());
	}

	/** Writes to two streams: the console keeps its output while a copy is kept. */
	private static final class TeeStream extends java.io.OutputStream {

		private final java.io.OutputStream first;

		private final java.io.OutputStream second;

		TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
			this.first = first;
			this.second = second;
		}

		@Override
		public void write(int b) throws IOException {
			this.first.write(b);
			this.second.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.first.write(bytes, offset, length);
			this.second.write(bytes, offset, length);
		}

	}

}

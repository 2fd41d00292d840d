package dev.tandem.connector.endtoend;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.tandem.connector.cases.ActionStatus;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The HTTP API, its security, health and shadow mode, on a real process. */
class ConnectorApiIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static RunningConnector connector;

	@BeforeAll
	static void start() {
		connector = RunningConnector.start(RunningConnector.settings(JiraProperties.cloud("", null, null), "api"));
	}

	@AfterAll
	static void stop() {
		connector.close();
	}

	@Test
	void previewsADecisionWithReadableReasonsAndChangesNothing() {
		HttpResponse<String> response = post("/api/v1/triage/preview", """
				{"summary": "Refund", "description": "How long does my refund take?",
				 "reporter": {"accountId": "557058:c1", "email": "casey@example.com"}, "labels": []}
				""", "test-api-token");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = json.readTree(response.body());
		assertThat(answer.path("decision").asString()).isEqualTo("AUTO_ANSWER");
		assertThat(answer.path("confidence").asDouble()).isEqualTo(0.97);
		assertThat(answer.path("language").asString()).isEqualTo("en");
		assertThat(answer.path("category").asString()).isEqualTo("billing");
		assertThat(answer.path("sentiment").path("label").isString()).isTrue();
		assertThat(answer.path("priority").asString()).isIn("HIGHEST", "HIGH", "MEDIUM", "LOW", "LOWEST");
		assertThat(answer.path("articles").get(0).path("id").asString()).isEqualTo("refund-time");
		assertThat(answer.path("reasons").get(0).asString()).contains("How long a refund takes");
	}

	@Test
	void previewSendsAVipToAPersonAndSaysWho() {
		HttpResponse<String> response = post("/api/v1/triage/preview",
				"{\"summary\": \"Refund\", \"description\": \"refund please\", \"labels\": [\"vip\"]}",
				"test-api-token");
		JsonNode answer = json.readTree(response.body());
		assertThat(answer.path("decision").asString()).isEqualTo("HUMAN");
		assertThat(answer.path("assignment").path("pool").asString()).isEqualTo("senior");
		assertThat(answer.path("reasons").toString()).contains("VIP");
	}

	@Test
	void previewNamesWhatIsWrongWithABadRequest() {
		HttpResponse<String> response = post("/api/v1/triage/preview", "{\"summary\": \"\"}", "test-api-token");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("summary");
		assertThat(post("/api/v1/triage/preview", "[1,", "test-api-token").statusCode()).isEqualTo(400);
	}

	@Test
	void refusesTheApiWithoutTheRightBearerToken() {
		String body = "{\"summary\": \"Refund\"}";
		assertThat(post("/api/v1/triage/preview", body, null).statusCode()).isEqualTo(401);
		assertThat(post("/api/v1/triage/preview", body, "wrong").statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/mode", null).statusCode()).isEqualTo(401);
	}

	@Test
	void reportsHealthAndMetricsWithoutAuthentication() {
		HttpResponse<String> health = get("/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> metrics = get("/actuator/prometheus", null);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("tandem_outbox_retries").contains("http_server_requests");
		// requests passed Spring Security's filters, which are not observed (their cost)
		assertThat(metrics.body()).doesNotContain("spring_security_filterchains");
	}

	@Test
	void decidesButChangesNothingInShadowModeAndAuditsTheSwitch() {
		HttpResponse<String> switched = send(HttpRequest.newBuilder(connector.uri("/api/v1/mode"))
			.header("Authorization", "Bearer test-api-token")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"mode\": \"shadow\", \"reason\": \"trial week\"}")));
		assertThat(switched.statusCode()).isEqualTo(200);
		try {
			assertThat(get("/api/v1/mode", "test-api-token").body()).contains("shadow");
			Deliveries deliveries = new Deliveries(JiraFlavor.CLOUD);
			ObjectNode issue = deliveries.issue("SHD-1", "Refund", "When is my refund coming?");
			assertThat(connector.deliver(deliveries.issueCreated(issue), "shadow-1").statusCode()).isEqualTo(202);

			TicketCase decided = await().atMost(Duration.ofSeconds(30))
				.until(() -> connector.caseOf(issue.get("id").asString())
					.filter((found) -> found.state() == CaseState.DONE)
					.orElse(null), (found) -> found != null);
			assertThat(decided.outcome()).contains(CaseOutcome.SHADOWED);
			assertThat(decided.shadow()).isTrue();
			assertThat(decided.outbox()).isNotEmpty().allMatch((action) -> action.status() == ActionStatus.SKIPPED);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> get("/api/v1/audit?size=50", "test-api-token").body().contains("mode.changed"));
		}
		finally {
			send(HttpRequest.newBuilder(connector.uri("/api/v1/mode"))
				.header("Authorization", "Bearer test-api-token")
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"mode\": \"live\"}")));
		}
	}

	@Test
	void savesPolicyVersionsAndRefusesAStaleEdit() {
		JsonNode current = json.readTree(get("/api/v1/policy", "test-api-token").body());
		int version = current.path("version").asInt();
		ObjectNode changed = ((ObjectNode) current).put("assistMinConfidence", 0.4);
		String body = "{\"basedOn\": " + version + ", \"comment\": \"more suggestions\", \"policy\": " + changed + "}";
		HttpResponse<String> saved = put("/api/v1/policy", body);
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(json.readTree(saved.body()).path("version").asInt()).isEqualTo(version + 1);
		assertThat(put("/api/v1/policy", body).statusCode()).isEqualTo(409);
		String invalid = "{\"basedOn\": " + (version + 1) + ", \"policy\": " + changed.put("assistMinConfidence", 7)
				+ "}";
		HttpResponse<String> refused = put("/api/v1/policy", invalid);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("assistMinConfidence");
	}

	@Test
	void restoresAnOlderPolicyAsANewAuditedVersionAndRefusesAStaleOrUnknownOne() {
		JsonNode original = json.readTree(get("/api/v1/policy", "test-api-token").body());
		int version = original.path("version").asInt();
		double assistBefore = original.path("assistMinConfidence").asDouble();
		ObjectNode changed = ((ObjectNode) original.deepCopy()).put("assistMinConfidence",
				(assistBefore == 0.45) ? 0.35 : 0.45);
		HttpResponse<String> edited = put("/api/v1/policy",
				"{\"basedOn\": " + version + ", \"comment\": \"try fewer suggestions\", \"policy\": " + changed + "}");
		assertThat(edited.statusCode()).isEqualTo(200);

		String restore = "{\"version\": " + version + ", \"basedOn\": " + (version + 1)
				+ ", \"comment\": \"back to what worked\"}";
		HttpResponse<String> restored = post("/api/v1/policy/restore", restore, "test-api-token");
		assertThat(restored.statusCode()).isEqualTo(200);
		JsonNode saved = json.readTree(restored.body());
		assertThat(saved.path("version").asInt()).isEqualTo(version + 2);
		assertThat(saved.path("assistMinConfidence").asDouble()).isEqualTo(assistBefore);
		assertThat(saved.path("comment").asString()).isEqualTo("back to what worked");
		assertThat(json.readTree(get("/api/v1/policy", "test-api-token").body()).path("version").asInt())
			.isEqualTo(version + 2);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/api/v1/audit?size=50", "test-api-token").body().contains("policy.restored"));

		// basedOn is now stale: someone (this restore) saved since
		assertThat(post("/api/v1/policy/restore", restore, "test-api-token").statusCode()).isEqualTo(409);
		HttpResponse<String> unknown = post("/api/v1/policy/restore",
				"{\"version\": 9999, \"basedOn\": " + (version + 2) + "}", "test-api-token");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("9999");
		assertThat(json.readTree(get("/api/v1/policy", "test-api-token").body()).path("version").asInt())
			.isEqualTo(version + 2);
	}

	@Test
	void savesRoutingVersionsNamesInvalidFieldsAndPreviewsTheNextAssignment() {
		JsonNode current = json.readTree(get("/api/v1/routing", "test-api-token").body());
		int version = current.path("version").asInt();
		ObjectNode roster = (ObjectNode) current;
		ObjectNode li = roster.withArray("agents").addObject();
		li.put("id", "agent-li").put("name", "Li Wei").put("timeZone", "Mars/Olympus");
		li.putArray("teams").add("support");
		li.putArray("languages").add("zh");
		ObjectNode hours = li.putObject("hours");
		for (String day : new String[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
				"SUNDAY" }) {
			hours.putObject(day).put("start", "00:00").put("end", "24:00");
		}
		HttpResponse<String> refused = put("/api/v1/routing",
				"{\"basedOn\": " + version + ", \"roster\": " + roster + "}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("timeZone: unknown time zone 'Mars/Olympus'");

		li.put("timeZone", "Asia/Shanghai");
		String body = "{\"basedOn\": " + version + ", \"comment\": \"Li joins\", \"roster\": " + roster + "}";
		HttpResponse<String> saved = put("/api/v1/routing", body);
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(json.readTree(saved.body()).path("version").asInt()).isEqualTo(version + 1);
		assertThat(json.readTree(saved.body()).path("comment").asString()).isEqualTo("Li joins");
		assertThat(put("/api/v1/routing", body).statusCode()).isEqualTo(409);

		HttpResponse<String> preview = post("/api/v1/routing/preview", "{\"language\": \"zh\"}", "test-api-token");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(json.readTree(preview.body()).path("agentId").asString()).isEqualTo("agent-li");
		assertThat(
				json.readTree(get("/api/v1/routing/history", "test-api-token").body()).get(0).path("version").asInt())
			.isEqualTo(version + 1);
	}

	private static HttpResponse<String> put(String path, String body) {
		return send(HttpRequest.newBuilder(connector.uri(path))
			.header("Authorization", "Bearer test-api-token")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static HttpResponse<String> post(String path, String body, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(connector.uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private static HttpResponse<String> get(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(connector.uri(path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		return connector.send(request.build());
	}

}

package dev.tandem.jira;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A Jira Cloud stand-in with memory and failures, for fault tests: it keeps the comments,
 * assignees and edits it applied ({@link JiraLedger}), answers comment reads from them
 * (so a caller can check before posting again), and injects the failures
 * {@link JiraFaults} decides into the writes and reads an outbox makes: 429 with
 * {@code Retry-After}, 500, answers slower than the client waits, reset connections; some
 * of them after the change was applied, the case that produces duplicates.
 */
public final class FaultyJira implements AutoCloseable {

	private static final Pattern ISSUE_PATH = Pattern.compile("/rest/api/3/issue/([^/]+)(/comment|/assignee)?");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JiraFaults faults;

	private final Clock clock;

	private final JiraLedger ledger = new JiraLedger();

	private final JiraSamples samples = JiraSamples.cloud();

	private final Map<String, AtomicInteger> occurrences = new ConcurrentHashMap<>();

	private final Map<JiraFaults.Fault, AtomicInteger> injected = new ConcurrentHashMap<>();

	private final List<String> unexpected = new CopyOnWriteArrayList<>();

	private final AtomicInteger requests = new AtomicInteger();

	private final WireMockServer server;

	private FaultyJira(JiraFaults faults, Clock clock) {
		this.faults = faults;
		this.clock = clock;
		JiraOpenApi.get();
		this.server = new WireMockServer(
				options().dynamicPort().bindAddress("127.0.0.1").containerThreads(100).extensions(new Answering()));
		this.server.start();
		this.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
	}

	public static FaultyJira start(JiraFaults faults) {
		return new FaultyJira(faults, Clock.systemUTC());
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** Cloud settings pointing here. */
	public JiraProperties properties() {
		return JiraProperties.cloud(baseUrl(), "tandem-bot@example.com", "api-token");
	}

	public JiraLedger ledger() {
		return this.ledger;
	}

	/** Faults injected so far, by kind. */
	public Map<JiraFaults.Fault, Integer> injected() {
		Map<JiraFaults.Fault, Integer> counts = new EnumMap<>(JiraFaults.Fault.class);
		this.injected.forEach((fault, count) -> counts.put(fault, count.get()));
		return counts;
	}

	public int injectedTotal() {
		return this.injected.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	public int requestCount() {
		return this.requests.get();
	}

	/** Requests the stand-in does not know (Tandem called something unexpected). */
	public List<String> unexpectedRequests() {
		return List.copyOf(this.unexpected);
	}

	/**
	 * Checks one served call of each kind (method, endpoint, status or fault) against
	 * Atlassian's OpenAPI documents: checking tens of thousands would take minutes and
	 * say nothing more.
	 */
	public List<String> specProblems() {
		Map<String, ServeEvent> samples = new LinkedHashMap<>();
		for (ServeEvent event : this.server.getAllServeEvents()) {
			String path = event.getRequest().getUrl().split("\\?", 2)[0].replaceAll("/issue/[^/]+", "/issue/{key}");
			String answer = (event.getResponse() == null) ? "none"
					: Optional.ofNullable(event.getResponse().getFault())
						.map(Object::toString)
						.orElse(String.valueOf(event.getResponse().getStatus()));
			samples.putIfAbsent(event.getRequest().getMethod() + " " + path + " " + answer, event);
		}
		List<String> problems = new ArrayList<>();
		samples.values().forEach((event) -> problems.addAll(JiraOpenApi.get().problems(event)));
		return problems;
	}

	@Override
	public void close() {
		this.server.stop();
	}

	private ResponseDefinition answer(LoggedRequest request) {
		this.requests.incrementAndGet();
		String method = request.getMethod().getName();
		String path = request.getUrl().split("\\?", 2)[0];
		if (path.equals("/rest/api/3/myself")) {
			return ok(200, this.samples.user("557058:tandem-bot", "Tandem", null));
		}
		if (path.equals("/rest/api/3/search/jql")) {
			return ok(200, this.samples.cloudSearchPage(List.of(), Optional.empty()));
		}
		Matcher issue = ISSUE_PATH.matcher(path);
		if (!issue.matches()) {
			return unknown(method, path);
		}
		int occurrence = this.occurrences.computeIfAbsent(method + " " + path, (k) -> new AtomicInteger())
			.incrementAndGet();
		JiraFaults.Fault fault = this.faults.decide(method, path, occurrence);
		if (fault != JiraFaults.Fault.NONE) {
			this.injected.computeIfAbsent(fault, (k) -> new AtomicInteger()).incrementAndGet();
		}
		if (!fault.applied()) {
			return failure(fault);
		}
		Optional<ResponseDefinitionBuilder> done = apply(method, issue.group(1),
				Optional.ofNullable(issue.group(2)).orElse(""), request);
		if (done.isEmpty()) {
			return unknown(method, path);
		}
		return switch (fault) {
			case SLOW_AFTER_APPLYING -> done.get().withFixedDelay((int) this.faults.slowDelay().toMillis()).build();
			case NONE -> done.get().build();
			default -> failure(fault);
		};
	}

	private Optional<ResponseDefinitionBuilder> apply(String method, String key, String what, LoggedRequest request) {
		var now = this.clock.instant();
		return switch (method + " " + what) {
			case "POST /comment" -> {
				ObjectNode bot = this.samples.user("557058:tandem-bot", "Tandem", null);
				yield Optional.of(json(201, this.ledger.addComment(key, body(request), bot, now)));
			}
			case "GET /comment" -> {
				int startAt = intParameter(request, "startAt", 0);
				int max = intParameter(request, "maxResults", 50);
				List<ObjectNode> all = this.ledger.comments(key);
				List<ObjectNode> page = all.subList(Math.min(startAt, all.size()), Math.min(startAt + max, all.size()));
				yield Optional.of(json(200, this.samples.commentsPage(startAt, all.size(), page)));
			}
			case "PUT /assignee" -> {
				this.ledger.assign(key, body(request).path("accountId").asString(""), now);
				yield Optional.of(ResponseDefinitionBuilder.responseDefinition().withStatus(204));
			}
			case "PUT " -> {
				this.ledger.edit(key, now);
				yield Optional.of(ResponseDefinitionBuilder.responseDefinition().withStatus(204));
			}
			default -> Optional.empty();
		};
	}

	private ResponseDefinition failure(JiraFaults.Fault fault) {
		return switch (fault) {
			case TOO_MANY_REQUESTS -> json(429, JiraSamples.error(List.of("Rate limit exceeded."), null, null))
				.withHeader("Retry-After", String.valueOf(Math.max(1, this.faults.retryAfter().toSeconds())))
				.build();
			case SERVER_ERROR, SERVER_ERROR_AFTER_APPLYING ->
				json(500, JiraSamples.error(List.of("Internal server error"), null, null)).build();
			case RESET, RESET_AFTER_APPLYING ->
				ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
			default -> throw new IllegalArgumentException("not a failure: " + fault);
		};
	}

	private ResponseDefinition unknown(String method, String path) {
		this.unexpected.add(method + " " + path);
		return json(404, JiraSamples.error(List.of("The stand-in does not know " + method + " " + path), null, null))
			.build();
	}

	private static ResponseDefinitionBuilder json(int status, JsonNode body) {
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(JiraSamples.text(body));
	}

	private static ResponseDefinition ok(int status, JsonNode body) {
		return json(status, body).build();
	}

	private static JsonNode body(LoggedRequest request) {
		return json.readTree(request.getBodyAsString());
	}

	private static int intParameter(LoggedRequest request, String name, int otherwise) {
		var parameter = request.queryParameter(name);
		return parameter.isPresent() ? Integer.parseInt(parameter.firstValue()) : otherwise;
	}

	/** Answers every request (the single catch-all stub only makes WireMock call it). */
	private final class Answering implements ResponseDefinitionTransformerV2 {

		@Override
		public ResponseDefinition transform(ServeEvent serveEvent) {
			try {
				return answer(serveEvent.getRequest());
			}
			catch (RuntimeException ex) {
				FaultyJira.this.unexpected.add("stand-in failed on " + serveEvent.getRequest().getUrl() + ": " + ex);
				return json(500, JiraSamples.error(List.of(ex.toString()), null, null)).build();
			}
		}

		@Override
		public String getName() {
			return "tandem-faulty-jira";
		}

	}

}

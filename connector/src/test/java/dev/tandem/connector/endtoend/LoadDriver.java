package dev.tandem.connector.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.http.Request;
import dev.tandem.connector.intake.WebhookSignature;
import dev.tandem.jira.JiraStandIn;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Drives webhook load into a {@link RunningConnector} for the benchmarks: sends signed
 * deliveries at a fixed rate (open loop: a slow connector does not slow the sender down),
 * and notes, from a listener on the Jira stand-in, when each issue got its first change
 * in Jira and when it was assigned. Cheaper than reading the stand-in's journal, which
 * grows with every request.
 */
final class LoadDriver {

	private final RunningConnector connector;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Map<String, Long> firstAction = new ConcurrentHashMap<>();

	private final Map<String, Long> assigned = new ConcurrentHashMap<>();

	LoadDriver(RunningConnector connector, JiraStandIn jira) {
		this.connector = connector;
		jira.wireMock().addMockServiceRequestListener((request, response) -> noted(request));
	}

	private void noted(Request request) {
		String method = request.getMethod().getName();
		if (method.equals("GET") || !request.getUrl().startsWith("/rest/api/")) {
			return;
		}
		String path = request.getUrl().split("\\?")[0];
		String[] parts = path.split("/");
		// /rest/api/3/issue/KEY[/...]
		if (parts.length < 6 || !parts[4].equals("issue")) {
			return;
		}
		long at = System.currentTimeMillis();
		this.firstAction.merge(parts[5], at, Math::min);
		if (method.equals("PUT") && path.endsWith("/assignee")) {
			this.assigned.put(parts[5], at);
		}
	}

	/** One delivery to send: its key (the issue key), delivery id and body. */
	record Delivery(String key, String deliveryId, String body) {

	}

	/**
	 * Sends deliveries at {@code perSecond}, in order; returns when each was sent (epoch
	 * ms, by key) once every answer is in.
	 * @throws IllegalStateException when one was not answered 202
	 */
	Map<String, Long> send(List<Delivery> deliveries, double perSecond) throws Exception {
		Map<String, Long> sent = new ConcurrentHashMap<>();
		List<CompletableFuture<HttpResponse<String>>> answers = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger refused = new AtomicInteger();
		long start = System.nanoTime();
		double interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
		for (int i = 0; i < deliveries.size(); i++) {
			long wait = start + (long) (i * interval) - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			Delivery delivery = deliveries.get(i);
			byte[] bytes = delivery.body().getBytes(StandardCharsets.UTF_8);
			HttpRequest request = HttpRequest.newBuilder(this.connector.uri("/webhooks/jira"))
				.header("Content-Type", "application/json")
				.header("X-Hub-Signature", WebhookSignature.sign(RunningConnector.SECRET, bytes))
				.header("X-Atlassian-Webhook-Identifier", delivery.deliveryId())
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build();
			sent.put(delivery.key(), System.currentTimeMillis());
			answers.add(this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, ex) -> {
				if (ex != null || r.statusCode() != 202) {
					refused.incrementAndGet();
				}
			}));
		}
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
		if (refused.get() > 0) {
			throw new IllegalStateException(refused.get() + " webhooks were not accepted");
		}
		return sent;
	}

	/** Waits until every key has had a first change in Jira (or the time is up). */
	void awaitFirstActions(Collection<String> keys, Duration atMost) {
		awaitAll(keys, this.firstAction::containsKey, atMost);
	}

	/** Waits until every key was assigned at or after its time in {@code since}. */
	void awaitAssigned(Map<String, Long> since, Duration atMost) {
		awaitAll(since.keySet(), (key) -> this.assigned.getOrDefault(key, 0L) >= since.get(key), atMost);
	}

	private static void awaitAll(Collection<String> keys, Predicate<String> done, Duration atMost) {
		try {
			await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> keys.stream().allMatch(done));
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			long missing = keys.stream().filter(done.negate()).count();
			System.out.println("LoadDriver: " + missing + " of " + keys.size() + " not done within " + atMost);
		}
	}

	Map<String, Long> firstActions() {
		return this.firstAction;
	}

	Map<String, Long> assignments() {
		return this.assigned;
	}

	/**
	 * Sorted latencies from sending to done, of the keys done (at or after sending).
	 */
	static List<Long> latencies(Map<String, Long> sent, Map<String, Long> done) {
		List<Long> latencies = new ArrayList<>();
		sent.forEach((key, at) -> {
			Long finished = done.get(key);
			if (finished != null && finished >= at) {
				latencies.add(finished - at);
			}
		});
		Collections.sort(latencies);
		return latencies;
	}

	static long percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return -1;
		}
		int index = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	/** A table row: name, count, p50, p90, p99, max. */
	static String row(String name, List<Long> sorted) {
		return String.format(Locale.ROOT, "| %s | %d | %d ms | %d ms | %d ms | %d ms |%n", name, sorted.size(),
				percentile(sorted, 0.5), percentile(sorted, 0.9), percentile(sorted, 0.99), percentile(sorted, 1.0));
	}

	/** The 1, 5 and 15 minute load averages. */
	static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/**
	 * The test Elasticsearch node's operation counters (index, get, search, refresh
	 * totals), to count round trips per ticket. The node serves this build only.
	 */
	static Map<String, Long> elasticsearchCounters() {
		try {
			HttpClient client = HttpClient.newHttpClient();
			URI uri = URI
				.create(SharedElasticsearch.uri().toString().replaceAll("/$", "") + "/_nodes/_local/stats/indices");
			String body = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
				.body();
			JsonNode indices = JsonMapper.builder()
				.build()
				.readTree(body)
				.path("nodes")
				.properties()
				.iterator()
				.next()
				.getValue()
				.path("indices");
			return Map.of("index", indices.path("indexing").path("index_total").asLong(), "get",
					indices.path("get").path("total").asLong(), "search",
					indices.path("search").path("query_total").asLong(), "refresh",
					indices.path("refresh").path("total").asLong(), "shard-bulk",
					indices.path("bulk").path("total_operations").asLong());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

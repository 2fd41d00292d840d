package dev.tandem.connector.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.tandem.connector.intake.WebhookSignature;
import dev.tandem.jira.FaultyJira;
import dev.tandem.jira.JiraFaults;
import dev.tandem.kb.testsupport.SharedElasticsearch;

import static org.awaitility.Awaitility.await;

/**
 * One fault run: a burst of webhooks into connector processes on one index prefix,
 * against a Jira that fails often, optionally with one instance killed ({@code kill -9})
 * and started again, and Elasticsearch cut off for a while; then waits until every ticket
 * has its outcome in Jira (or the deadline passes) and reports what Jira actually got
 * ({@link BurstFigures}).
 */
final class BurstScenario {

	private final BurstOptions options;

	private final HttpClient http = HttpClient.newHttpClient();

	BurstScenario(BurstOptions options) {
		this.options = options;
	}

	BurstFigures run() throws Exception {
		BurstOptions o = this.options;
		List<BurstTickets.Ticket> tickets = BurstTickets.create("BST", o.tickets(), o.seed());
		JiraFaults faults = JiraFaults.each(o.seed(), o.faultRate() / 4, Duration.ofSeconds(1), Duration.ofSeconds(3));
		List<ConnectorProcess> instances = new ArrayList<>();
		String prefix = SharedElasticsearch.indexNames("burst").indexPrefix();
		Instant started = Instant.now();
		try (FaultyJira jira = FaultyJira.start(faults);
				TcpProxy elasticsearch = new TcpProxy(SharedElasticsearch.uri())) {
			Map<String, String> settings = settings(jira, elasticsearch, prefix);
			for (int i = 1; i <= o.instances(); i++) {
				instances.add(ConnectorProcess.launch("connector-" + i, settings));
			}
			instances.forEach(ConnectorProcess::awaitReady);
			WebhookBurst burst = new WebhookBurst(tickets, o.redeliveredShare(), o.seed(),
					() -> instances.stream().filter(ConnectorProcess::serving).map((c) -> c.uri("/")).toList())
				.start(o.senders());
			CompletableFuture<Void> restarted = CompletableFuture.completedFuture(null);
			int kills = 0;
			if (o.killOne()) {
				awaitAccepted(burst, 0.4);
				ConnectorProcess victim = instances.get(0);
				victim.kill();
				kills++;
				victim.launch();
				restarted = CompletableFuture.runAsync(victim::awaitReady);
			}
			OutageObservation outage = OutageObservation.NONE;
			if (o.outage().isPositive()) {
				awaitAccepted(burst, 0.6);
				restarted.join();
				outage = cutElasticsearch(elasticsearch, instances.get(instances.size() - 1), tickets.get(0));
			}
			boolean delivered = burst.awaitDelivered(o.deadline());
			restarted.join();
			BurstVerdict verdict = BurstVerdict.await(tickets, jira.ledger(),
					Duration.between(Instant.now(), started.plus(o.deadline())));
			if (!delivered) {
				burst.stop();
			}
			return new BurstFigures(o, burst, verdict, jira, outage, kills, Duration.between(started, Instant.now()),
					caseStates(prefix, verdict));
		}
		finally {
			instances.forEach(ConnectorProcess::close);
			RunningConnector.deleteIndices(prefix);
		}
	}

	private Map<String, String> settings(FaultyJira jira, TcpProxy elasticsearch, String prefix) {
		Map<String, String> settings = new LinkedHashMap<>(RunningConnector.settings(jira.properties(), "burst"));
		settings.put("spring.elasticsearch.uris", elasticsearch.uri().toString());
		settings.put("tandem.index-prefix", prefix);
		// slow answers (3 s) must outlast the client's patience, as they do in production
		settings.put("tandem.jira.read-timeout", "2s");
		// a killed instance's cases are taken over after the lease: short for CI, far
		// longer than any single step (a Jira call is bounded by the read timeout)
		settings.put("tandem.processing.lease", "15s");
		settings.put("tandem.processing.sweep-interval", "1s");
		settings.put("tandem.actions.max-backoff", "10s");
		settings.put("logging.level.dev.tandem.connector.actions", "ERROR");
		return settings;
	}

	private void awaitAccepted(WebhookBurst burst, double share) {
		await().atMost(this.options.deadline())
			.pollInterval(Duration.ofMillis(100))
			.until(() -> burst.accepted() >= burst.deliveries() * share);
	}

	/**
	 * Cuts Elasticsearch off for the configured time; meanwhile a delivery and the health
	 * endpoint are probed.
	 */
	private OutageObservation cutElasticsearch(TcpProxy elasticsearch, ConnectorProcess probed,
			BurstTickets.Ticket ticket) throws Exception {
		Instant end = Instant.now().plus(this.options.outage());
		elasticsearch.cut();
		Thread.sleep(Math.min(3000, this.options.outage().toMillis() / 3));
		HttpResponse<String> delivery = deliver(probed, ticket);
		HttpResponse<String> health = this.http.send(HttpRequest.newBuilder(probed.uri("/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()));
		elasticsearch.restore();
		Instant restored = Instant.now();
		HttpResponse<String> healthy = await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.http.send(HttpRequest.newBuilder(probed.uri("/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString()), (answer) -> answer.statusCode() == 200);
		return new OutageObservation(this.options.outage(), delivery.statusCode(), delivery.body(), health.statusCode(),
				health.body(), healthy.body(), Duration.between(restored, Instant.now()));
	}

	private HttpResponse<String> deliver(ConnectorProcess connector, BurstTickets.Ticket ticket) throws Exception {
		byte[] body = ticket.body().getBytes(StandardCharsets.UTF_8);
		return this.http.send(HttpRequest.newBuilder(connector.uri("/webhooks/jira"))
			.header("Content-Type", "application/json")
			.header("X-Hub-Signature", WebhookSignature.sign(RunningConnector.SECRET, body))
			.header("X-Atlassian-Webhook-Identifier", "probe-during-outage")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The stored state of the tickets that went wrong, for the failure message. */
	private static Map<String, String> caseStates(String prefix, BurstVerdict verdict) {
		Map<String, String> states = new LinkedHashMap<>();
		var client = SharedElasticsearch.connection().client();
		for (BurstTickets.Ticket ticket : verdict.wrong().stream().limit(20).toList()) {
			try {
				var found = client.get((get) -> get.index(prefix + "-cases").id(ticket.issueId()), Map.class);
				states.put(ticket.key(), found.found() ? String.valueOf(found.source()) : "no case stored");
			}
			catch (Exception ex) {
				states.put(ticket.key(), "could not read: " + ex.getMessage());
			}
		}
		return states;
	}

	/**
	 * What was seen while Elasticsearch was cut off.
	 *
	 * @param deliveryStatus the answer to a webhook during the outage
	 * @param healthStatus the health endpoint's status during the outage
	 * @param recovery from reconnecting to a healthy health endpoint
	 */
	record OutageObservation(Duration length, int deliveryStatus, String deliveryBody, int healthStatus,
			String healthBody, String healthAfter, Duration recovery) {

		static final OutageObservation NONE = new OutageObservation(Duration.ZERO, 0, "", 0, "", "", Duration.ZERO);

	}

	/**
	 * @param tickets tickets in the burst
	 * @param redeliveredShare share of tickets delivered a second time
	 * @param instances connector processes on one index prefix
	 * @param killOne whether the first instance is killed ({@code kill -9}) at 40% and
	 * started again
	 * @param outage how long Elasticsearch is cut off at 60% (zero: not at all)
	 * @param faultRate share of Jira calls that fail (split evenly over the four kinds)
	 * @param senders webhooks in flight at once
	 * @param deadline everything delivered and done within this
	 */
	record BurstOptions(int tickets, double redeliveredShare, int instances, boolean killOne, Duration outage,
			double faultRate, long seed, int senders, Duration deadline) {

	}

}

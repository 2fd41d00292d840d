package dev.tandem.connector.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.tandem.connector.intake.WebhookSignature;

/**
 * Delivers a burst of signed webhooks as Jira Cloud does: several at once, a share of
 * them twice (the same delivery id again, or a second delivery of the same event), and
 * every delivery not answered 202 again after a pause until it is (Jira retries for about
 * 30 minutes). Deliveries go to whichever connector instances are serving, as a load
 * balancer would send them.
 */
final class WebhookBurst {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ConcurrentLinkedQueue<Delivery> queue = new ConcurrentLinkedQueue<>();

	private final Map<String, Instant> firstSent = new ConcurrentHashMap<>();

	private final AtomicInteger accepted = new AtomicInteger();

	private final AtomicInteger attempts = new AtomicInteger();

	private final AtomicInteger unavailable = new AtomicInteger();

	private final AtomicInteger connectionFailures = new AtomicInteger();

	private final Map<Integer, AtomicInteger> otherStatuses = new ConcurrentHashMap<>();

	private final int deliveries;

	private final Supplier<List<URI>> targets;

	private ExecutorService senders;

	WebhookBurst(List<BurstTickets.Ticket> tickets, double redeliveredShare, long seed, Supplier<List<URI>> targets) {
		this.targets = targets;
		SplittableRandom random = new SplittableRandom(seed);
		List<Delivery> order = new ArrayList<>();
		List<Delivery> again = new ArrayList<>();
		for (BurstTickets.Ticket ticket : tickets) {
			Delivery delivery = new Delivery(ticket, "delivery-" + ticket.key());
			order.add(delivery);
			if (random.nextDouble() < redeliveredShare) {
				// half Jira's retries (same id), half a second delivery of the same event
				again.add(new Delivery(ticket, random.nextBoolean() ? delivery.id() : delivery.id() + "-twice"));
			}
		}
		// a redelivery comes after the first, somewhere later in the burst
		for (Delivery delivery : again) {
			int first = order.indexOf(order.stream().filter((d) -> d.ticket() == delivery.ticket()).findFirst().get());
			order.add(first + 1 + random.nextInt(order.size() - first), delivery);
		}
		this.queue.addAll(order);
		this.deliveries = order.size();
	}

	/** Starts {@code parallel} senders; returns at once. */
	WebhookBurst start(int parallel) {
		this.senders = Executors.newFixedThreadPool(parallel);
		for (int i = 0; i < parallel; i++) {
			this.senders.execute(this::sendAll);
		}
		this.senders.shutdown();
		return this;
	}

	/** Waits until every delivery was answered 202. */
	boolean awaitDelivered(Duration timeout) throws InterruptedException {
		return this.senders.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	void stop() {
		this.senders.shutdownNow();
	}

	private void sendAll() {
		Delivery delivery;
		while ((delivery = this.queue.poll()) != null && !Thread.currentThread().isInterrupted()) {
			send(delivery);
		}
	}

	private void send(Delivery delivery) {
		byte[] body = delivery.ticket().body().getBytes(StandardCharsets.UTF_8);
		this.firstSent.putIfAbsent(delivery.ticket().key(), Instant.now());
		for (int attempt = 0; !Thread.currentThread().isInterrupted(); attempt++) {
			List<URI> serving = this.targets.get();
			if (!serving.isEmpty()) {
				this.attempts.incrementAndGet();
				URI target = serving.get(Math.floorMod(delivery.id().hashCode() + attempt, serving.size()));
				HttpRequest request = HttpRequest.newBuilder(target.resolve("/webhooks/jira"))
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.header("X-Hub-Signature", WebhookSignature.sign(RunningConnector.SECRET, body))
					.header("X-Atlassian-Webhook-Identifier", delivery.id())
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build();
				try {
					int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
					if (status == 202) {
						this.accepted.incrementAndGet();
						return;
					}
					if (status == 503) {
						this.unavailable.incrementAndGet();
					}
					else {
						this.otherStatuses.computeIfAbsent(status, (k) -> new AtomicInteger()).incrementAndGet();
					}
				}
				catch (IOException ex) {
					this.connectionFailures.incrementAndGet();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			pause(Math.min(2000, 100L << Math.min(attempt, 5)));
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	int deliveries() {
		return this.deliveries;
	}

	int accepted() {
		return this.accepted.get();
	}

	int attempts() {
		return this.attempts.get();
	}

	/** Answers 503 (Elasticsearch unavailable: stored nothing, Jira retries). */
	int unavailable() {
		return this.unavailable.get();
	}

	int connectionFailures() {
		return this.connectionFailures.get();
	}

	/** Statuses other than 202 and 503, with how often (should stay empty). */
	Map<Integer, Integer> otherStatuses() {
		Map<Integer, Integer> counts = new java.util.TreeMap<>();
		this.otherStatuses.forEach((status, count) -> counts.put(status, count.get()));
		return Collections.unmodifiableMap(counts);
	}

	/** When each ticket's first delivery was first sent. */
	Map<String, Instant> firstSent() {
		return Map.copyOf(this.firstSent);
	}

	private record Delivery(BurstTickets.Ticket ticket, String id) {

	}

}

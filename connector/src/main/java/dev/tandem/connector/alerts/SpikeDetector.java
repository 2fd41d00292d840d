package dev.tandem.connector.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.Versioned;
import dev.tandem.connector.triage.SentimentLabel;
import dev.tandem.connector.triage.TriageResult;

/**
 * Finds spikes in the latest complete window (aligned to the window length, so every
 * instance checks the same window): tickets with a negative tone, and tickets per
 * category, each against the windows before it ({@link SpikeRule}).
 */
public class SpikeDetector {

	private final DocumentIndex<TicketCase> cases;

	private final AlertProperties properties;

	private final Clock clock;

	public SpikeDetector(DocumentIndexes indexes, AlertProperties properties, Clock clock) {
		this.cases = indexes.index("cases", "/dev/tandem/connector/cases/cases-mapping.json", TicketCase.class);
		this.properties = properties;
		this.clock = clock;
	}

	public List<Alert> detect() {
		Instant now = this.clock.instant();
		long windowMillis = this.properties.window().toMillis();
		Instant windowEnd = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
		Instant windowStart = windowEnd.minus(this.properties.window());
		int windows = this.properties.baselineWindows();
		Instant baselineStart = windowStart.minus(this.properties.window().multipliedBy(windows));
		List<TicketCase> read = read(baselineStart, windowEnd);
		return detect(this.properties, read, baselineStart, windowStart, windowEnd, now);
	}

	/** The spikes among cases read from {@code baselineStart} to {@code windowEnd}. */
	static List<Alert> detect(AlertProperties properties, List<TicketCase> read, Instant baselineStart,
			Instant windowStart, Instant windowEnd, Instant now) {
		int windows = properties.baselineWindows();
		SpikeRule rule = new SpikeRule(properties.sigmas(), properties.minCount());
		long[] negative = new long[windows + 1];
		Map<String, long[]> topics = new TreeMap<>();
		for (TicketCase ticketCase : read) {
			Optional<TriageResult> triage = ticketCase.triage();
			if (triage.isEmpty()) {
				continue;
			}
			int bucket = (int) (Duration.between(baselineStart, ticketCase.receivedAt()).toMillis()
					/ properties.window().toMillis());
			if (bucket < 0 || bucket > windows) {
				continue;
			}
			SentimentLabel label = triage.get().sentiment().label();
			if (label == SentimentLabel.NEGATIVE || label == SentimentLabel.VERY_NEGATIVE) {
				negative[bucket]++;
			}
			triage.get()
				.category()
				.ifPresent((category) -> topics.computeIfAbsent(category, (c) -> new long[windows + 1])[bucket]++);
		}
		List<Alert> alerts = new ArrayList<>();
		spike(rule, negative, Alert.Kind.NEGATIVE_SENTIMENT, Optional.empty(), windowStart, windowEnd, now)
			.ifPresent(alerts::add);
		topics.forEach((topic,
				counts) -> spike(rule, counts, Alert.Kind.TOPIC_SPIKE, Optional.of(topic), windowStart, windowEnd, now)
					.ifPresent(alerts::add));
		return alerts;
	}

	private static Optional<Alert> spike(SpikeRule rule, long[] counts, Alert.Kind kind, Optional<String> topic,
			Instant windowStart, Instant windowEnd, Instant now) {
		List<Long> baseline = new ArrayList<>();
		for (int i = 0; i < counts.length - 1; i++) {
			baseline.add(counts[i]);
		}
		long current = counts[counts.length - 1];
		return rule.check(baseline, current)
			.map((spike) -> new Alert(kind + topic.map((t) -> "-" + t).orElse("") + "-" + windowStart.toEpochMilli(),
					kind, topic, windowStart, windowEnd, current, spike.mean(), spike.threshold(), now,
					Optional.empty(), Optional.empty()));
	}

	private List<TicketCase> read(Instant from, Instant to) {
		Query query = Query.of((q) -> q.range((range) -> range.untyped(
				(date) -> date.field("receivedAt").gte(JsonData.of(from.toString())).lt(JsonData.of(to.toString())))));
		return this.cases
			.search(query,
					List.of(SortOptions
						.of((sort) -> sort.field((field) -> field.field("receivedAt").order(SortOrder.Desc)))),
					10_000)
			.stream()
			.map(Versioned::value)
			.toList();
	}

}

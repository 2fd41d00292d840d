package dev.tandem.connector.endtoend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.tandem.jira.FaultyJira;
import dev.tandem.jira.JiraFaults;

/**
 * The figures of one fault run, for assertions (with a diagnostic naming the tickets that
 * went wrong) and for {@code docs/benchmarks.md}.
 */
record BurstFigures(BurstScenario.BurstOptions options, int deliveries, int webhookAttempts, int answered503,
		int connectionFailures, Map<Integer, Integer> otherStatuses, int jiraRequests,
		Map<JiraFaults.Fault, Integer> faults, List<String> unexpectedJiraRequests, List<String> specProblems,
		BurstVerdict verdict, List<Long> latencies, BurstScenario.OutageObservation outage, int kills, Duration elapsed,
		Map<String, String> wrongCases) {

	BurstFigures(BurstScenario.BurstOptions options, WebhookBurst burst, BurstVerdict verdict, FaultyJira jira,
			BurstScenario.OutageObservation outage, int kills, Duration elapsed, Map<String, String> wrongCases) {
		this(options, burst.deliveries(), burst.attempts(), burst.unavailable(), burst.connectionFailures(),
				burst.otherStatuses(), jira.requestCount(), jira.injected(), jira.unexpectedRequests(),
				jira.specProblems(), verdict, latencies(burst.firstSent(), verdict), outage, kills, elapsed,
				wrongCases);
	}

	int faultsInjected() {
		return this.faults.values().stream().mapToInt(Integer::intValue).sum();
	}

	int faultsAfterApplying() {
		return this.faults.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().applied())
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	long percentile(double p) {
		if (this.latencies.isEmpty()) {
			return -1;
		}
		int index = (int) Math.ceil(p * this.latencies.size()) - 1;
		return this.latencies.get(Math.max(0, Math.min(index, this.latencies.size() - 1)));
	}

	/** Everything needed to see what went wrong without rerunning. */
	String diagnostic() {
		StringBuilder text = new StringBuilder(summary());
		text.append("\nmissing (").append(this.verdict.missing().size()).append("): ");
		text.append(this.verdict.missing()
			.stream()
			.limit(20)
			.map((t) -> t.key() + " " + t.expected() + " got " + this.verdict.outcomes().get(t.key()))
			.collect(Collectors.joining("\n  ", "\n  ", "")));
		text.append("\nduplicated (").append(this.verdict.duplicated().size()).append("): ");
		text.append(this.verdict.duplicated()
			.stream()
			.limit(20)
			.map((t) -> t.key() + " " + t.expected() + " got " + this.verdict.outcomes().get(t.key()))
			.collect(Collectors.joining("\n  ", "\n  ", "")));
		this.wrongCases.forEach((key, state) -> text.append("\ncase ").append(key).append(": ").append(state));
		text.append("\nconnector logs: target/connector-processes/");
		return text.toString();
	}

	String summary() {
		return String.format(Locale.ROOT,
				"%d tickets, %d deliveries (%d attempts, %d answered 503, %d connection failures, other %s), "
						+ "%d Jira requests, %d faults injected %s, %d kill -9, outage %s s; missing %d, "
						+ "duplicated %d, repeated assignment requests %d; first Jira change p50 %d ms, p99 %d ms; "
						+ "took %d s",
				this.options.tickets(), this.deliveries, this.webhookAttempts, this.answered503,
				this.connectionFailures, this.otherStatuses, this.jiraRequests, faultsInjected(), this.faults,
				this.kills, this.outage.length().toSeconds(), this.verdict.missing().size(),
				this.verdict.duplicated().size(), this.verdict.repeatedAssignments(), percentile(0.5), percentile(0.99),
				this.elapsed.toSeconds());
	}

	/** Per ticket: first webhook sent -> Jira applied the ticket's first change. */
	private static List<Long> latencies(Map<String, Instant> firstSent, BurstVerdict verdict) {
		List<Long> latencies = new ArrayList<>();
		firstSent.forEach((key, sent) -> {
			var outcome = verdict.outcomes().get(key);
			if (outcome != null) {
				outcome.firstChangeAt()
					.ifPresent((changed) -> latencies.add(Duration.between(sent, changed).toMillis()));
			}
		});
		Collections.sort(latencies);
		return latencies;
	}

}

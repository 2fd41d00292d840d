package dev.tandem.connector.endtoend;

import java.time.Duration;
import java.util.Locale;

import dev.tandem.benchmark.BenchmarkReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak of issue #7: about 10,000 webhook deliveries (10% redelivered) into two
 * connector processes on one index prefix, against a Jira failing one call in five; one
 * instance killed with {@code kill -9} at 40% and started again; Elasticsearch cut off
 * for 30 s at 60%. Asserts the same guarantees as {@link BurstIT} and writes the figures
 * to {@code docs/benchmarks.md}. Run with
 * {@code ./mvnw -B -Pbench -pl connector -am verify -Dit.test=FaultToleranceBench}
 * ({@code -Dtandem.soak.tickets}, {@code -Dtandem.soak.outage-seconds} to change it).
 */
class FaultToleranceBench {

	@Test
	void soakTenThousandDeliveriesThroughJiraFaultsAKill9AndAnElasticsearchOutage() throws Exception {
		BurstScenario.BurstOptions options = new BurstScenario.BurstOptions(
				Integer.getInteger("tandem.soak.tickets", 9100), 0.1, 2, true,
				Duration.ofSeconds(Long.getLong("tandem.soak.outage-seconds", 30)), 0.2, 2026, 16,
				Duration.ofMinutes(60));

		BurstFigures figures = new BurstScenario(options).run();

		System.out.println("FaultToleranceBench: " + figures.summary());
		BenchmarkReport.forProject()
			.writeSection("fault-tolerance", "Connector: nothing lost, nothing done twice", markdown(figures));
		assertThat(figures.verdict().duplicated()).as(figures::diagnostic).isEmpty();
		assertThat(figures.verdict().missing()).as(figures::diagnostic).isEmpty();
		assertThat(figures.otherStatuses()).isEmpty();
	}

	static String markdown(BurstFigures f) {
		BurstScenario.OutageObservation outage = f.outage();
		return String.format(Locale.ROOT,
				"""
						Soak (`FaultToleranceBench`): %d tickets as %d signed webhook deliveries (10%% of the tickets delivered \
						twice: same delivery id or a second delivery), 16 at a time, into **two connector processes on one \
						index prefix** of the shared test Elasticsearch; the Jira stand-in (`FaultyJira`, seed %d) fails one \
						call in five. One instance is killed with `kill -9` at 40%% of the deliveries and started again; \
						Elasticsearch is cut off (TCP proxy) for %d s at 60%%. Outcomes are counted from what the stand-in \
						applied, including changes whose answer was lost. CI runs the same scenario smaller (`BurstIT`: about \
						2,000 deliveries, kill -9; `ElasticsearchOutageIT`: 10 s outage).

						| figure | value |
						|---|---|
						| tickets / deliveries / delivery attempts | %d / %d / %d |
						| deliveries answered 503 (stored nothing, retried) / connection failures (killed instance) | %d / %d |
						| Jira requests / faults injected | %d / %d |
						| faults by kind | %s |
						| of which the change was applied but the answer lost | %d |
						| instances killed (`kill -9`) | %d |
						| Elasticsearch outage: webhook answer / health during it | %d / %d |
						| health recovered after reconnecting | %d ms |
						| **duplicates** (2nd reply, 2nd note, 2nd assignee change) | **%d** |
						| **lost** (ticket without its outcome) | **%d** |
						| repeated assignment requests (same assignee again, no effect in Jira) | %d |
						| first webhook sent -> first change in Jira: p50 / p99 / max | %d ms / %d ms / %d ms |
						| whole run | %d s |
						""",
				f.options().tickets(), f.deliveries(), f.options().seed(), outage.length().toSeconds(),
				f.options().tickets(), f.deliveries(), f.webhookAttempts(), f.answered503(), f.connectionFailures(),
				f.jiraRequests(), f.faultsInjected(), f.faults(), f.faultsAfterApplying(), f.kills(),
				outage.deliveryStatus(), outage.healthStatus(), outage.recovery().toMillis(),
				f.verdict().duplicated().size(), f.verdict().missing().size(), f.verdict().repeatedAssignments(),
				f.percentile(0.5), f.percentile(0.99), f.percentile(1.0), f.elapsed().toSeconds());
	}

}

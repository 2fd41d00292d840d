package dev.tandem.connector.endtoend;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elasticsearch is cut off (a TCP proxy between the connector and the shared node stops
 * passing traffic) in the middle of a burst against a failing Jira: webhooks are answered
 * 503 so Jira retries, the health endpoint says DOWN and why, and once Elasticsearch is
 * back every ticket gets exactly one outcome. CI cuts for 10 s
 * ({@code -Dtandem.it.outage.seconds}): what is tested (503 while it lasts, recovery
 * after it) does not depend on the length, which only adds waiting; the soak
 * ({@link FaultToleranceBench}) cuts for 30 s.
 */
class ElasticsearchOutageIT {

	@Test
	void webhooksGet503DuringAnOutageHealthSaysWhyAndNothingIsLostOrDoneTwice() throws Exception {
		Duration outage = Duration.ofSeconds(Long.getLong("tandem.it.outage.seconds", 10));
		BurstScenario.BurstOptions options = new BurstScenario.BurstOptions(
				Integer.getInteger("tandem.it.outage.tickets", 300), 0.1, 1, false, outage, 0.2, 11, 8,
				Duration.ofMinutes(4));

		BurstFigures figures = new BurstScenario(options).run();

		System.out.println("ElasticsearchOutageIT: " + figures.summary());
		BurstScenario.OutageObservation seen = figures.outage();
		assertThat(seen.deliveryStatus()).as("webhook during the outage: %s", seen.deliveryBody()).isEqualTo(503);
		assertThat(seen.deliveryBody()).doesNotContain("Exception").doesNotContain("at dev.tandem");
		assertThat(seen.healthStatus()).as("health during the outage: %s", seen.healthBody()).isEqualTo(503);
		assertThat(seen.healthBody()).contains("\"elasticsearch\"").contains("DOWN").contains("not answering");
		assertThat(seen.healthAfter()).contains("UP");
		assertThat(figures.verdict().duplicated()).as(figures::diagnostic).isEmpty();
		assertThat(figures.verdict().missing()).as(figures::diagnostic).isEmpty();
		assertThat(figures.otherStatuses()).as("webhook answers other than 202/503").isEmpty();
		assertThat(figures.unexpectedJiraRequests()).isEmpty();
	}

}

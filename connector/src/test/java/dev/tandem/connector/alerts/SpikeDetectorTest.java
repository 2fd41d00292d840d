package dev.tandem.connector.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.reporting.SeededCases;
import dev.tandem.connector.triage.Decision;

import static org.assertj.core.api.Assertions.assertThat;

class SpikeDetectorTest {

	private static final Instant WINDOW_END = Instant.parse("2026-11-20T12:00:00Z");

	private static final AlertProperties PROPERTIES = new AlertProperties(true, Duration.ofHours(1), 6, 3, 5,
			Duration.ofMinutes(5), Optional.empty(), Optional.empty());

	@Test
	void negativeToneSpikeInTheLatestWindowIsRaisedOnce() {
		List<TicketCase> cases = new ArrayList<>();
		Instant baselineStart = WINDOW_END.minus(Duration.ofHours(7));
		for (int hour = 0; hour < 6; hour++) {
			cases.add(negative("b" + hour, baselineStart.plus(Duration.ofHours(hour)), "billing"));
		}
		for (int i = 0; i < 6; i++) {
			cases.add(negative("s" + i, WINDOW_END.minus(Duration.ofMinutes(10 + i)), "shipping"));
		}
		List<Alert> alerts = SpikeDetector.detect(PROPERTIES, cases, baselineStart,
				WINDOW_END.minus(Duration.ofHours(1)), WINDOW_END, WINDOW_END);

		assertThat(alerts).extracting(Alert::kind, Alert::topic)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Alert.Kind.NEGATIVE_SENTIMENT, Optional.empty()),
					org.assertj.core.groups.Tuple.tuple(Alert.Kind.TOPIC_SPIKE, Optional.of("shipping")));
		assertThat(alerts.get(0).count()).isEqualTo(6);
		assertThat(alerts.get(0).id()).endsWith("-" + WINDOW_END.minus(Duration.ofHours(1)).toEpochMilli());
	}

	@Test
	void steadyTrafficRaisesNothing() {
		List<TicketCase> cases = new ArrayList<>();
		Instant baselineStart = WINDOW_END.minus(Duration.ofHours(7));
		for (int hour = 0; hour < 7; hour++) {
			for (int i = 0; i < 6; i++) {
				cases.add(
						negative("c" + hour + i, baselineStart.plus(Duration.ofHours(hour)).plusSeconds(i), "billing"));
			}
		}
		assertThat(SpikeDetector.detect(PROPERTIES, cases, baselineStart, WINDOW_END.minus(Duration.ofHours(1)),
				WINDOW_END, WINDOW_END))
			.isEmpty();
	}

	private static TicketCase negative(String id, Instant at, String category) {
		return SeededCases.of(id, at, Decision.HUMAN, CaseOutcome.ASSIGNED, category, null, -0.7, null, -1);
	}

}

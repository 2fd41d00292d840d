package dev.tandem.connector.alerts;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpikeRuleTest {

	private final SpikeRule rule = new SpikeRule(3, 5);

	@Test
	void countAboveMeanPlusKDeviationsIsASpike() {
		// mean 4, deviation 1: threshold 7
		assertThat(this.rule.check(List.of(3L, 5L, 3L, 5L), 8)).hasValueSatisfying((spike) -> {
			assertThat(spike.mean()).isEqualTo(4.0);
			assertThat(spike.threshold()).isEqualTo(7.0);
		});
		assertThat(this.rule.check(List.of(3L, 5L, 3L, 5L), 7)).isEmpty();
	}

	@Test
	void belowTheMinimumCountIsNeverASpike() {
		assertThat(this.rule.check(List.of(0L, 0L, 0L), 4)).isEmpty();
		assertThat(this.rule.check(List.of(0L, 0L, 0L), 5)).isPresent();
	}

	@Test
	void flatBaselineNeedsMoreThanItsMean() {
		assertThat(this.rule.check(List.of(6L, 6L, 6L), 6)).isEmpty();
		assertThat(this.rule.check(List.of(6L, 6L, 6L), 7)).isPresent();
	}

}

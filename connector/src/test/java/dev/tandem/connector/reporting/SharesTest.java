package dev.tandem.connector.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharesTest {

	@Test
	void threeEqualPartsAddUpToExactlyOneHundred() {
		List<Share> shares = Shares.of(ordered("a", 1L, "b", 1L, "c", 1L));
		assertThat(shares).extracting(Share::percent).containsExactly(33.4, 33.3, 33.3);
		assertThat(sum(shares)).isEqualTo(1000);
	}

	@Test
	void largestRemainderGetsTheMissingTenths() {
		// 2/7 = 28.571..., 2/7, 3/7 = 42.857...: floors 28.5 + 28.5 + 42.8 = 99.8; the
		// remainders .714, .714 beat .571 (plain rounding would give 28.6 + 28.6 + 42.9)
		List<Share> shares = Shares.of(ordered("a", 2L, "b", 2L, "c", 3L));
		assertThat(shares).extracting(Share::percent).containsExactly(28.6, 28.6, 42.8);
		assertThat(sum(shares)).isEqualTo(1000);
	}

	@Test
	void nothingCountedGivesZeroSharesNotNaN() {
		assertThat(Shares.of(ordered("a", 0L, "b", 0L, "c", 0L))).extracting(Share::percent)
			.containsExactly(0.0, 0.0, 0.0);
	}

	@Test
	void manyOddPartsStillAddUp() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 1; i <= 13; i++) {
			counts.put("k" + i, (long) (i * 7 % 11 + 1));
		}
		assertThat(sum(Shares.of(counts))).isEqualTo(1000);
	}

	private static long sum(List<Share> shares) {
		return shares.stream().mapToLong((s) -> Math.round(s.percent() * 10)).sum();
	}

	private static Map<String, Long> ordered(Object... keysAndCounts) {
		Map<String, Long> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndCounts.length; i += 2) {
			map.put((String) keysAndCounts[i], (Long) keysAndCounts[i + 1]);
		}
		return map;
	}

}

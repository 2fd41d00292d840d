package dev.tandem.connector.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent shares that add up: each part is rounded down to a tenth of a percent, then the
 * tenths still missing to 100.0 go to the parts with the largest remainders (ties: the
 * larger part, then the earlier one). So a dashboard never shows 33.3 + 33.3 + 33.3.
 */
public final class Shares {

	private Shares() {
	}

	/**
	 * @param counts parts in display order (zero counts allowed)
	 * @return one share per part, same order; all 0.0 when the whole is 0
	 */
	public static List<Share> of(Map<String, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		List<String> keys = new ArrayList<>(counts.keySet());
		if (total == 0) {
			return keys.stream().map((key) -> new Share(key, 0, 0.0)).toList();
		}
		Map<String, Long> tenths = new LinkedHashMap<>();
		Map<String, Long> remainders = new LinkedHashMap<>();
		long assigned = 0;
		for (String key : keys) {
			long scaled = counts.get(key) * 1000;
			tenths.put(key, scaled / total);
			remainders.put(key, scaled % total);
			assigned += scaled / total;
		}
		List<String> byRemainder = new ArrayList<>(keys);
		byRemainder.sort(Comparator.comparing((String key) -> remainders.get(key))
			.thenComparing((String key) -> counts.get(key))
			.reversed());
		for (int i = 0; i < 1000 - assigned; i++) {
			String key = byRemainder.get(i);
			tenths.put(key, tenths.get(key) + 1);
		}
		return keys.stream().map((key) -> new Share(key, counts.get(key), tenths.get(key) / 10.0)).toList();
	}

}

package dev.tandem.connector.alerts;

import java.util.List;
import java.util.Optional;

/**
 * When a count is a spike: above mean + k standard deviations of the baseline windows
 * (population deviation), and at least a minimum count. A flat baseline (deviation 0)
 * still needs more than its mean.
 *
 * @param sigmas k
 * @param minCount the smallest count that can be a spike
 */
public record SpikeRule(double sigmas, long minCount) {

	/**
	 * @param baseline counts of the windows before, any order
	 * @param current count of the window checked
	 * @return the threshold exceeded, when it is a spike
	 */
	public Optional<Spike> check(List<Long> baseline, long current) {
		if (baseline.isEmpty() || current < this.minCount) {
			return Optional.empty();
		}
		double mean = baseline.stream().mapToLong(Long::longValue).average().orElse(0);
		double variance = baseline.stream().mapToDouble((c) -> (c - mean) * (c - mean)).average().orElse(0);
		double threshold = mean + this.sigmas * Math.sqrt(variance);
		return (current > threshold) ? Optional.of(new Spike(mean, threshold)) : Optional.empty();
	}

	/**
	 * @param mean baseline mean
	 * @param threshold the count exceeded
	 */
	public record Spike(double mean, double threshold) {

	}

}

package dev.tandem.connector.reporting;

import java.util.Optional;

/**
 * A metric Tandem can only show once the data behind it is recorded.
 *
 * @param value the metric, when the data exists
 * @param missing why there is no value (a short, stable reason code such as
 * {@code not-recorded} or {@code not-provided-by-jira})
 * @param <T> the metric
 */
public record Availability<T>(Optional<T> value, Optional<String> missing) {

	public static <T> Availability<T> of(T value) {
		return new Availability<>(Optional.of(value), Optional.empty());
	}

	public static <T> Availability<T> missing(String reason) {
		return new Availability<>(Optional.empty(), Optional.of(reason));
	}

}

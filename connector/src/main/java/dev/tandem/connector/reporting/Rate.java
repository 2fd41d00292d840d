package dev.tandem.connector.reporting;

import java.util.Optional;

/**
 * A rate with what it was computed from, so a reader can check it.
 *
 * @param count the tickets counted (numerator)
 * @param of the tickets it is a rate of (denominator)
 */
public record Rate(long count, long of) {

	/** Percent with one decimal; empty when there was nothing to count from. */
	public Optional<Double> percent() {
		if (this.of == 0) {
			return Optional.empty();
		}
		return Optional.of(Math.round(this.count * 1000.0 / this.of) / 10.0);
	}

}

package dev.tandem.connector.reporting;

/**
 * One part of a whole, e.g. the auto-answered tickets among all triaged ones.
 *
 * @param key what the part is (a decision, a category)
 * @param count how many
 * @param percent share of the whole in percent with one decimal; the shares of one whole
 * always add up to exactly 100.0 (largest-remainder rounding, see {@link Shares})
 */
public record Share(String key, long count, double percent) {

}

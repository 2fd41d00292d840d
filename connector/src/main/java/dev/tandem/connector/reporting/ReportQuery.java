package dev.tandem.connector.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tickets a report covers: those received in {@code [from, to)}, optionally of one
 * category and one language.
 *
 * @param from start, inclusive
 * @param to end, exclusive
 * @param category only this category (the best article's), when given
 * @param language only this language ({@code en}, {@code zh}), when given
 * @param zone time zone of the hour-of-week heat map and the daily trend
 */
public record ReportQuery(Instant from, Instant to, Optional<String> category, Optional<String> language, ZoneId zone) {

	public ReportQuery {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("report period must end after it starts: " + from + " .. " + to);
		}
		category = Objects.requireNonNullElse(category, Optional.<String>empty()).filter((c) -> !c.isBlank());
		language = Objects.requireNonNullElse(language, Optional.<String>empty()).filter((l) -> !l.isBlank());
		zone = Objects.requireNonNullElse(zone, ZoneId.of("UTC"));
	}

	/** The last {@code days} days up to {@code now}, all categories and languages. */
	public static ReportQuery lastDays(Instant now, int days, ZoneId zone) {
		return new ReportQuery(now.minus(Duration.ofDays(days)), now, Optional.empty(), Optional.empty(), zone);
	}

	public Duration length() {
		return Duration.between(this.from, this.to);
	}

	/** The period of the same length just before this one (baseline for growth). */
	public ReportQuery previous() {
		return new ReportQuery(this.from.minus(length()), this.from, this.category, this.language, this.zone);
	}

}

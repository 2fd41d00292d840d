package dev.tandem.connector.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent who is away, for whole days in the agent's own time zone.
 *
 * @param agentId the agent's Jira id
 * @param from first day away (empty: already away)
 * @param until last day away (empty: until someone marks them back)
 * @param reason why, for colleagues (e.g. {@code holiday})
 */
public record Absence(String agentId, Optional<LocalDate> from, Optional<LocalDate> until, Optional<String> reason) {

	public Absence {
		agentId = (agentId == null) ? "" : agentId.strip();
		from = Objects.requireNonNullElse(from, Optional.empty());
		until = Objects.requireNonNullElse(until, Optional.empty());
		reason = Objects.requireNonNullElse(reason, Optional.<String>empty())
			.map(String::strip)
			.filter((text) -> !text.isEmpty());
	}

	public static Absence indefinite(String agentId, String reason) {
		return new Absence(agentId, Optional.empty(), Optional.empty(), Optional.of(reason));
	}

	/** Whether the agent is away at the moment, judged by the calendar in their zone. */
	public boolean covers(Instant moment, ZoneId zone) {
		LocalDate day = moment.atZone(zone).toLocalDate();
		return this.from.map((first) -> !day.isBefore(first)).orElse(true)
				&& this.until.map((last) -> !day.isAfter(last)).orElse(true);
	}

	/** Whether it ended before the moment (kept only for history). */
	public boolean endedBefore(Instant moment, ZoneId zone) {
		return this.until.map((last) -> moment.atZone(zone).toLocalDate().isAfter(last)).orElse(false);
	}

	@Override
	public String toString() {
		return this.agentId + " away from " + this.from.map(LocalDate::toString).orElse("now") + " until "
				+ this.until.map(LocalDate::toString).orElse("further notice")
				+ this.reason.map((text) -> " (" + text + ")").orElse("");
	}

}

package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Someone tickets can be assigned to.
 *
 * @param id Jira user id (accountId on Cloud, user name on Data Center)
 * @param name display name (for reasons)
 * @param pools pools the agent works in, e.g. {@code billing}, {@code senior}
 * @param languages languages the agent answers in ({@code en}, {@code zh}); empty means
 * unknown (accepted for any language, ranked after speakers)
 * @param skills categories the agent knows well
 * @param timeZone the agent's time zone
 * @param workStart start of working hours, local time
 * @param workEnd end of working hours, local time (before start: the shift crosses
 * midnight)
 * @param workDays working days
 */
public record Agent(String id, String name, Set<String> pools, Set<String> languages, Set<String> skills,
		ZoneId timeZone, LocalTime workStart, LocalTime workEnd, Set<DayOfWeek> workDays) {

	public Agent {
		Objects.requireNonNull(id, "id");
		name = Objects.requireNonNullElse(name, id);
		pools = lowerCase(pools);
		languages = lowerCase(languages);
		skills = lowerCase(skills);
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(workStart, "workStart");
		Objects.requireNonNull(workEnd, "workEnd");
		workDays = Set.copyOf(workDays);
	}

	/** Whether the moment falls within the agent's working hours, in the agent's zone. */
	public boolean worksAt(Instant moment) {
		ZonedDateTime local = moment.atZone(this.timeZone);
		LocalTime time = local.toLocalTime();
		if (!this.workStart.isAfter(this.workEnd)) {
			return this.workDays.contains(local.getDayOfWeek()) && !time.isBefore(this.workStart)
					&& time.isBefore(this.workEnd);
		}
		// a night shift belongs to the day it started on
		if (!time.isBefore(this.workStart)) {
			return this.workDays.contains(local.getDayOfWeek());
		}
		return time.isBefore(this.workEnd) && this.workDays.contains(local.getDayOfWeek().minus(1));
	}

	public boolean speaks(String language) {
		return this.languages.contains(language.toLowerCase(Locale.ROOT));
	}

	private static Set<String> lowerCase(Set<String> values) {
		return Objects.requireNonNullElse(values, Set.<String>of())
			.stream()
			.map((value) -> value.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

}

package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * @param hours working hours per weekday, local time
 */
public record Agent(String id, String name, Set<String> pools, Set<String> languages, Set<String> skills,
		ZoneId timeZone, WorkingHours hours) {

	public Agent {
		Objects.requireNonNull(id, "id");
		name = Objects.requireNonNullElse(name, id);
		pools = lowerCase(pools);
		languages = lowerCase(languages);
		skills = lowerCase(skills);
		Objects.requireNonNull(timeZone, "timeZone");
		hours = Objects.requireNonNullElse(hours, new WorkingHours(null));
	}

	/**
	 * The same hours on every working day ({@code workEnd} before {@code workStart}: the
	 * shift crosses midnight).
	 */
	public Agent(String id, String name, Set<String> pools, Set<String> languages, Set<String> skills, ZoneId timeZone,
			LocalTime workStart, LocalTime workEnd, Set<DayOfWeek> workDays) {
		this(id, name, pools, languages, skills, timeZone, WorkingHours.of(workDays, workStart, workEnd));
	}

	/** Whether the moment falls within the agent's working hours, in the agent's zone. */
	public boolean worksAt(Instant moment) {
		return this.hours.contains(moment, this.timeZone);
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

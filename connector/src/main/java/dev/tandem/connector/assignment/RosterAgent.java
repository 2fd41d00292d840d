package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One agent as admins edit them.
 *
 * @param id Jira user id: accountId on Cloud, user name on Data Center
 * @param name display name
 * @param teams teams the agent works in
 * @param senior whether VIP tickets may go to them (the senior team)
 * @param languages languages the agent answers in ({@code en}, {@code zh})
 * @param skills categories the agent knows well
 * @param timeZone IANA time zone, e.g. {@code Asia/Shanghai}
 * @param hours working hours per weekday in that zone; days missing are days off
 */
public record RosterAgent(String id, String name, List<String> teams, Boolean senior, List<String> languages,
		List<String> skills, String timeZone, Map<DayOfWeek, Shift> hours) {

	public RosterAgent {
		id = (id == null) ? "" : id.strip();
		name = (name == null || name.isBlank()) ? id : name.strip();
		teams = names(teams);
		senior = Boolean.TRUE.equals(senior);
		languages = names(languages);
		skills = names(skills);
		timeZone = (timeZone == null) ? "" : timeZone.strip();
		hours = new TreeMap<>(Objects.requireNonNullElse(hours, Map.<DayOfWeek, Shift>of()));
	}

	/** The zone, when it is a known one. */
	public Optional<ZoneId> zone() {
		try {
			return Optional.of(ZoneId.of(this.timeZone));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** One line for audit entries and history: every setting that routing uses. */
	public String summary() {
		return this.name + " · teams " + String.join(", ", this.teams) + (this.senior ? " · senior" : "")
				+ " · languages " + String.join(", ", this.languages) + " · skills " + String.join(", ", this.skills)
				+ " · " + this.timeZone + " · " + hoursSummary();
	}

	/**
	 * Hours with consecutive days of the same shift joined: {@code Mon-Fri 09:00-17:00}.
	 */
	private String hoursSummary() {
		List<String> parts = new java.util.ArrayList<>();
		DayOfWeek first = null;
		DayOfWeek last = null;
		for (DayOfWeek day : DayOfWeek.values()) {
			Shift shift = this.hours.get(day);
			if (first != null && shift != null && shift.equals(this.hours.get(last)) && last == day.minus(1)) {
				last = day;
				continue;
			}
			if (first != null) {
				parts.add(days(first, last) + " " + this.hours.get(first));
			}
			first = (shift != null) ? day : null;
			last = first;
		}
		if (first != null) {
			parts.add(days(first, last) + " " + this.hours.get(first));
		}
		return parts.isEmpty() ? "no working hours" : String.join(", ", parts);
	}

	private static String days(DayOfWeek first, DayOfWeek last) {
		String start = first.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
		return (first == last) ? start
				: start + "-" + last.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
	}

	private static List<String> names(List<String> values) {
		return Objects.requireNonNullElse(values, List.<String>of())
			.stream()
			.filter(Objects::nonNull)
			.map((value) -> value.strip().toLowerCase(Locale.ROOT))
			.filter((value) -> !value.isEmpty())
			.distinct()
			.toList();
	}

}

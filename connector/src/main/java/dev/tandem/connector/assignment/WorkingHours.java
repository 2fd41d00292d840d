package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When an agent works, per weekday in their own time zone. Daylight saving time is the
 * zone's business: 09:00 stays 09:00 local whatever the offset.
 *
 * @param shifts a shift per working day
 */
public record WorkingHours(Map<DayOfWeek, Shift> shifts) {

	public WorkingHours {
		shifts = (shifts == null || shifts.isEmpty()) ? Map.of() : Map.copyOf(new EnumMap<>(shifts));
	}

	/** The same hours on each of the days (overnight when end is before start). */
	public static WorkingHours of(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
		Map<DayOfWeek, Shift> shifts = new EnumMap<>(DayOfWeek.class);
		days.forEach((day) -> shifts.put(day, Shift.of(start, end)));
		return new WorkingHours(shifts);
	}

	/** Whether the moment falls within working hours, in the zone. */
	public boolean contains(Instant moment, ZoneId zone) {
		ZonedDateTime local = moment.atZone(zone);
		LocalTime time = local.toLocalTime();
		DayOfWeek day = local.getDayOfWeek();
		// a night shift belongs to the day it started on
		return shift(day).map((shift) -> shift.coversSameDay(time)).orElse(false)
				|| shift(day.minus(1)).map((shift) -> shift.coversNextDay(time)).orElse(false);
	}

	private Optional<Shift> shift(DayOfWeek day) {
		return Optional.ofNullable(this.shifts.get(day));
	}

}

package dev.tandem.admin.routing;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.tandem.connector.assignment.Shift;

/**
 * Working hours in one short line: consecutive days with the same hours are joined
 * ({@code Mon–Fri 09:00–17:00}).
 */
final class HoursText {

	private HoursText() {
	}

	static String of(Map<DayOfWeek, Shift> hours, Locale locale, String overnightMark) {
		List<String> parts = new ArrayList<>();
		DayOfWeek first = null;
		DayOfWeek last = null;
		Shift current = null;
		for (DayOfWeek day : DayOfWeek.values()) {
			Shift shift = hours.get(day);
			if (shift != null && shift.equals(current) && last == day.minus(1)) {
				last = day;
				continue;
			}
			if (current != null) {
				parts.add(range(first, last, locale) + " " + text(current, overnightMark));
			}
			first = day;
			last = day;
			current = shift;
		}
		if (current != null) {
			parts.add(range(first, last, locale) + " " + text(current, overnightMark));
		}
		return String.join(", ", parts);
	}

	private static String range(DayOfWeek first, DayOfWeek last, Locale locale) {
		String start = first.getDisplayName(TextStyle.SHORT, locale);
		return (first == last) ? start : start + "–" + last.getDisplayName(TextStyle.SHORT, locale);
	}

	private static String text(Shift shift, String overnightMark) {
		return shift.start() + "–" + shift.end() + (shift.overnight() ? " " + overnightMark : "");
	}

}

package dev.tandem.connector.assignment;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Working hours of one weekday, local time of the agent ({@code HH:mm}; {@code 24:00}
 * ends at midnight).
 *
 * @param start when work starts
 * @param end when it ends
 * @param overnight whether it ends on the next day (a night shift, e.g. 22:00-06:00)
 */
public record Shift(String start, String end, Boolean overnight) {

	public Shift {
		start = (start == null) ? "" : start.strip();
		end = (end == null) ? "" : end.strip();
		overnight = Boolean.TRUE.equals(overnight);
	}

	public static Shift of(LocalTime start, LocalTime end) {
		boolean overnight = end.isBefore(start);
		return new Shift(start.toString(), (end.equals(LocalTime.MIDNIGHT) && !overnight) ? "24:00" : end.toString(),
				overnight);
	}

	/** Whether the local time falls in the part of the shift on its own day. */
	boolean coversSameDay(LocalTime time) {
		LocalTime from = startTime().orElse(LocalTime.MAX);
		if (time.isBefore(from)) {
			return false;
		}
		return this.overnight || endsAtMidnight() || endTime().map(time::isBefore).orElse(false);
	}

	/** Whether the local time falls in the part of an overnight shift after midnight. */
	boolean coversNextDay(LocalTime time) {
		return this.overnight && endTime().map(time::isBefore).orElse(false);
	}

	Optional<LocalTime> startTime() {
		return parse(this.start);
	}

	Optional<LocalTime> endTime() {
		return endsAtMidnight() ? Optional.of(LocalTime.MIDNIGHT) : parse(this.end);
	}

	boolean endsAtMidnight() {
		return "24:00".equals(this.end);
	}

	static Optional<LocalTime> parse(String value) {
		if (!value.matches("\\d{1,2}:\\d{2}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalTime.parse((value.length() == 4) ? "0" + value : value));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.start + "-" + this.end + (this.overnight ? " (+1 day)" : "");
	}

}

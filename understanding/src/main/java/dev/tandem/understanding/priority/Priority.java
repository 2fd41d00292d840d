package dev.tandem.understanding.priority;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Jira's default priority names, most urgent first.
 */
public enum Priority {

	HIGHEST, HIGH, MEDIUM, LOW, LOWEST;

	/** The more urgent of the two. */
	public Priority atLeast(Priority other) {
		return (other.ordinal() < ordinal()) ? other : this;
	}

	/** The less urgent of the two. */
	public Priority atMost(Priority other) {
		return (other.ordinal() > ordinal()) ? other : this;
	}

	public boolean isMoreUrgentThan(Priority other) {
		return ordinal() < other.ordinal();
	}

	/**
	 * Reads a Jira priority name, case-insensitively, also the common aliases
	 * ({@code critical}, {@code blocker}, {@code major}, {@code minor}, {@code trivial}).
	 */
	public static Optional<Priority> fromName(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String key = name.strip().toUpperCase(Locale.ROOT);
		Optional<Priority> exact = Arrays.stream(values()).filter((p) -> p.name().equals(key)).findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		return switch (key) {
			case "BLOCKER", "CRITICAL", "URGENT", "P1" -> Optional.of(HIGHEST);
			case "MAJOR", "P2" -> Optional.of(HIGH);
			case "NORMAL", "P3" -> Optional.of(MEDIUM);
			case "MINOR", "P4" -> Optional.of(LOW);
			case "TRIVIAL", "P5" -> Optional.of(LOWEST);
			default -> Optional.empty();
		};
	}

}

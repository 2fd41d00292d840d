package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small rosters for tests. */
final class RosterFixtures {

	private RosterFixtures() {
	}

	static Map<DayOfWeek, Shift> weekdays(String start, String end) {
		Map<DayOfWeek, Shift> hours = new EnumMap<>(DayOfWeek.class);
		EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
			.forEach((day) -> hours.put(day, new Shift(start, end, false)));
		return hours;
	}

	static RosterAgent agent(String id, String team, String zone, String... languages) {
		return new RosterAgent(id, id.toUpperCase(java.util.Locale.ROOT), List.of(team), false, List.of(languages),
				List.of(), zone, weekdays("09:00", "17:00"));
	}

	static Roster roster(List<RosterAgent> agents, List<Absence> away) {
		return new Roster(1, "support", "senior",
				List.of(new Team("support", List.of(), Optional.empty()),
						new Team("billing", List.of("billing"), Optional.empty())),
				agents, away, "test", Instant.EPOCH, Optional.empty());
	}

}

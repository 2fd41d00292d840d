package dev.tandem.connector.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One thing that differs between two roster versions, with its before and after as one
 * readable line each (empty when added or removed).
 *
 * @param subject what changed: {@code agent <id>}, {@code team <name>},
 * {@code away <id>}, {@code default team}, {@code senior team}
 * @param before the old value
 * @param after the new value
 */
public record RosterChange(String subject, Optional<String> before, Optional<String> after) {

	/** What changed from one version to the next, agents first. */
	public static List<RosterChange> between(Roster before, Roster after) {
		List<RosterChange> changes = new ArrayList<>();
		compare(changes, "agent ", index(before.agents(), RosterAgent::id, RosterAgent::summary),
				index(after.agents(), RosterAgent::id, RosterAgent::summary));
		compare(changes, "team ", index(before.teams(), Team::name, RosterChange::describe),
				index(after.teams(), Team::name, RosterChange::describe));
		compare(changes, "away ", absences(before), absences(after));
		compare(changes, "", Map.of("default team", before.defaultTeam()), Map.of("default team", after.defaultTeam()));
		compare(changes, "", Map.of("senior team", before.seniorTeam()), Map.of("senior team", after.seniorTeam()));
		return changes;
	}

	/** How the change reads in an audit entry's reasons. */
	public String describe() {
		if (this.before.isEmpty()) {
			return "Added " + this.subject + ": " + this.after.orElse("");
		}
		if (this.after.isEmpty()) {
			return "Removed " + this.subject + ": " + this.before.get();
		}
		return "Changed " + this.subject + ": " + this.before.get() + " -> " + this.after.get();
	}

	private static String describe(Team team) {
		return "categories " + String.join(", ", team.categories())
				+ team.jiraGroup().map((group) -> " · Jira group " + group).orElse("");
	}

	private static Map<String, String> absences(Roster roster) {
		Map<String, String> byAgent = new LinkedHashMap<>();
		roster.away()
			.forEach((absence) -> byAgent.merge(absence.agentId(), absence.toString(), (a, b) -> a + "; " + b));
		return byAgent;
	}

	private static <T> Map<String, String> index(List<T> items, java.util.function.Function<T, String> key,
			java.util.function.Function<T, String> value) {
		return items.stream()
			.collect(Collectors.toMap(key, value, (first, second) -> first + "; " + second, LinkedHashMap::new));
	}

	private static void compare(List<RosterChange> changes, String kind, Map<String, String> before,
			Map<String, String> after) {
		Set<String> keys = new LinkedHashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			String old = before.get(key);
			String now = after.get(key);
			if (!Objects.equals(old, now)) {
				changes.add(new RosterChange(kind + key, Optional.ofNullable(old), Optional.ofNullable(now)));
			}
		}
	}

}

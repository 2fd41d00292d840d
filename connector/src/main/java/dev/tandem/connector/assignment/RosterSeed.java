package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Version 0 of the roster: {@code tandem.assignment.*} as it always worked, so a
 * deployment that never opens the routing page keeps its configuration exactly. Pools
 * become teams (the senior pool becomes each agent's senior flag), {@code category-pools}
 * the teams' categories, {@code pool-groups} their Jira groups, {@code away} and agents
 * marked away through the older away API open-ended absences.
 */
final class RosterSeed {

	private RosterSeed() {
	}

	static Roster of(AssignmentProperties properties, Set<String> markedAway) {
		String senior = Roster.name(properties.seniorPool());
		List<RosterAgent> agents = properties.agents().stream().map((agent) -> agent(agent, properties)).toList();
		Set<String> names = new TreeSet<>();
		names.add(Roster.name(properties.defaultPool()));
		properties.categoryPools().values().forEach((pool) -> names.add(Roster.name(pool)));
		properties.poolGroups().keySet().forEach((pool) -> names.add(Roster.name(pool)));
		agents.forEach((agent) -> names.addAll(agent.teams()));
		if (!properties.poolGroups().containsKey(properties.seniorPool())
				&& !properties.categoryPools().containsValue(properties.seniorPool())) {
			names.remove(senior);
		}
		List<Team> teams = new ArrayList<>();
		for (String name : names) {
			List<String> categories = properties.categoryPools()
				.entrySet()
				.stream()
				.filter((entry) -> Roster.name(entry.getValue()).equals(name))
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			Optional<String> group = properties.poolGroups()
				.entrySet()
				.stream()
				.filter((entry) -> Roster.name(entry.getKey()).equals(name))
				.map(Map.Entry::getValue)
				.findFirst();
			teams.add(new Team(name, categories, group));
		}
		Set<String> away = new LinkedHashSet<>();
		List<Absence> absences = new ArrayList<>();
		properties.away()
			.stream()
			.filter(away::add)
			.forEach((id) -> absences.add(Absence.indefinite(id, "configured")));
		markedAway.stream().filter(away::add).forEach((id) -> absences.add(Absence.indefinite(id, "marked away")));
		return new Roster(0, properties.defaultPool(), properties.seniorPool(), teams, agents, absences,
				"configuration", null, Optional.empty());
	}

	private static RosterAgent agent(AssignmentProperties.AgentSettings settings, AssignmentProperties properties) {
		String senior = Roster.name(properties.seniorPool());
		AssignmentProperties.Defaults defaults = properties.defaults();
		List<String> pools = settings.pools().stream().map(Roster::name).toList();
		boolean isSenior = pools.contains(senior);
		boolean seniorIsATeam = properties.poolGroups().containsKey(properties.seniorPool())
				|| properties.categoryPools().containsValue(properties.seniorPool());
		List<String> teams = pools.stream().filter((pool) -> seniorIsATeam || !pool.equals(senior)).toList();
		LocalTime start = settings.workStart().orElse(defaults.workStart());
		LocalTime end = settings.workEnd().orElse(defaults.workEnd());
		Map<DayOfWeek, Shift> hours = new EnumMap<>(DayOfWeek.class);
		(settings.workDays().isEmpty() ? defaults.workDays() : settings.workDays())
			.forEach((day) -> hours.put(day, Shift.of(start, end)));
		return new RosterAgent(settings.id(), settings.name(), teams, isSenior, settings.languages(), settings.skills(),
				settings.timeZone().orElse(defaults.timeZone()).getId(), hours);
	}

}

package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is wrong with a roster, each problem naming its field the way the JSON spells it
 * ({@code agents[2].timeZone}), so an admin or a script can fix it.
 */
final class RosterValidation {

	private RosterValidation() {
	}

	static List<String> problems(Roster roster) {
		List<String> problems = new ArrayList<>();
		Set<String> teams = teams(roster, problems);
		agents(roster, teams, problems);
		emptyTeams(roster, problems);
		if (roster.defaultTeam().isEmpty()) {
			problems.add("defaultTeam: must name the team for tickets no team's category claims");
		}
		else if (!teams.contains(roster.defaultTeam())) {
			problems.add("defaultTeam: '" + roster.defaultTeam() + "' is not one of the teams");
		}
		if (roster.seniorTeam().isEmpty()) {
			problems.add("seniorTeam: must name the team for VIP tickets");
		}
		absences(roster, problems);
		return problems;
	}

	private static Set<String> teams(Roster roster, List<String> problems) {
		Set<String> names = new HashSet<>();
		Map<String, String> categories = new HashMap<>();
		for (int i = 0; i < roster.teams().size(); i++) {
			Team team = roster.teams().get(i);
			String field = "teams[" + i + "]";
			if (team.name().isEmpty()) {
				problems.add(field + ".name: must not be empty");
				continue;
			}
			if (!names.add(team.name())) {
				problems.add(field + ".name: team '" + team.name() + "' appears twice");
			}
			for (String category : team.categories()) {
				String owner = categories.putIfAbsent(category, team.name());
				if (owner != null && !owner.equals(team.name())) {
					problems.add(
							field + ".categories: category '" + category + "' already belongs to team '" + owner + "'");
				}
			}
		}
		return names;
	}

	private static void agents(Roster roster, Set<String> teams, List<String> problems) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < roster.agents().size(); i++) {
			RosterAgent agent = roster.agents().get(i);
			String field = "agents[" + i + "]";
			if (agent.id().isEmpty()) {
				problems.add(field + ".id: must not be empty (the Jira accountId or user name)");
			}
			else if (!ids.add(agent.id())) {
				problems.add(field + ".id: duplicate agent '" + agent.id() + "'");
			}
			for (String team : agent.teams()) {
				if (!teams.contains(team) && !team.equals(roster.seniorTeam())) {
					problems.add(field + ".teams: '" + team + "' is not one of the teams");
				}
			}
			if (agent.teams().isEmpty() && !agent.senior()) {
				problems.add(field + ".teams: '" + agent.id() + "' belongs to no team and is not senior");
			}
			if (agent.timeZone().isEmpty()) {
				problems.add(field + ".timeZone: must not be empty (e.g. Europe/Berlin)");
			}
			else if (agent.zone().isEmpty()) {
				problems.add(field + ".timeZone: unknown time zone '" + agent.timeZone() + "'");
			}
			agent.hours().forEach((day, shift) -> shift(field + ".hours." + day, day, shift, problems));
		}
	}

	private static void shift(String field, DayOfWeek day, Shift shift, List<String> problems) {
		if (shift == null) {
			problems.add(field + ": missing start and end");
			return;
		}
		Optional<LocalTime> start = shift.startTime();
		Optional<LocalTime> end = shift.endTime();
		if (start.isEmpty()) {
			problems.add(field + ".start: '" + shift.start() + "' is not a time (HH:mm)");
		}
		if (end.isEmpty()) {
			problems.add(field + ".end: '" + shift.end() + "' is not a time (HH:mm, or 24:00)");
		}
		if (start.isEmpty() || end.isEmpty()) {
			return;
		}
		if (shift.overnight() && (shift.endsAtMidnight() || !end.get().isBefore(start.get()))) {
			problems.add(field + ": an overnight shift ends the next day, before it starts (" + shift.end()
					+ " is not before " + shift.start() + ")");
		}
		if (!shift.overnight() && !shift.endsAtMidnight() && !end.get().isAfter(start.get())) {
			problems.add(field + ": hours end (" + shift.end() + ") before they start (" + shift.start()
					+ "); mark the shift overnight if it ends the next day");
		}
	}

	private static void emptyTeams(Roster roster, List<String> problems) {
		for (int i = 0; i < roster.teams().size(); i++) {
			Team team = roster.teams().get(i);
			boolean staffed = roster.agents()
				.stream()
				.anyMatch((agent) -> agent.teams().contains(team.name())
						|| (agent.senior() && team.name().equals(roster.seniorTeam())));
			if (!team.name().isEmpty() && !staffed && team.jiraGroup().isEmpty()) {
				problems.add("teams[" + i + "]: team '" + team.name() + "' is empty: add an agent or a Jira group");
			}
		}
	}

	private static void absences(Roster roster, List<String> problems) {
		for (int i = 0; i < roster.away().size(); i++) {
			Absence absence = roster.away().get(i);
			String field = "away[" + i + "]";
			if (absence.agentId().isEmpty()) {
				problems.add(field + ".agentId: must name the agent who is away");
			}
			if (absence.from().isPresent() && absence.until().isPresent()
					&& absence.until().get().isBefore(absence.from().get())) {
				problems.add(field + ".until: " + absence.until().get() + " is before from " + absence.from().get());
			}
		}
	}

}

package dev.tandem.connector.assignment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A roster made ready for assigning: agents with parsed zones and hours, category to
 * team, team to Jira group. Made once per roster version (and for previews of an unsaved
 * draft).
 */
public final class Routing {

	private final Roster roster;

	private final Map<String, Agent> agents = new LinkedHashMap<>();

	private final Map<String, String> categoryTeams = new HashMap<>();

	private final Map<String, String> teamGroups = new HashMap<>();

	private Routing(Roster roster) {
		this.roster = roster;
		for (Team team : roster.teams()) {
			team.categories().forEach((category) -> this.categoryTeams.putIfAbsent(category, team.name()));
			team.jiraGroup().ifPresent((group) -> this.teamGroups.put(team.name(), group));
		}
		for (RosterAgent agent : roster.agents()) {
			Set<String> pools = new HashSet<>(agent.teams());
			if (agent.senior()) {
				pools.add(roster.seniorTeam());
			}
			this.agents.putIfAbsent(agent.id(),
					new Agent(agent.id(), agent.name(), pools, Set.copyOf(agent.languages()),
							Set.copyOf(agent.skills()), agent.zone().orElse(ZoneOffset.UTC),
							new WorkingHours(agent.hours())));
		}
	}

	public static Routing of(Roster roster) {
		return new Routing(roster);
	}

	public Roster roster() {
		return this.roster;
	}

	public String defaultPool() {
		return this.roster.defaultTeam();
	}

	public String seniorPool() {
		return this.roster.seniorTeam();
	}

	/** The team that handles a category, if one claims it. */
	public Optional<String> poolFor(String category) {
		return Optional.ofNullable(this.categoryTeams.get(category.strip().toLowerCase(Locale.ROOT)));
	}

	/** The Jira group whose members belong to a team too. */
	public Optional<String> jiraGroup(String pool) {
		return Optional.ofNullable(this.teamGroups.get(pool.toLowerCase(Locale.ROOT)));
	}

	/** Agents of the roster in a team, in roster order. */
	public List<Agent> members(String pool) {
		String name = pool.toLowerCase(Locale.ROOT);
		return this.agents.values().stream().filter((agent) -> agent.pools().contains(name)).toList();
	}

	public Optional<Agent> agent(String id) {
		return Optional.ofNullable(this.agents.get(id));
	}

	public List<Agent> agents() {
		return List.copyOf(this.agents.values());
	}

	/**
	 * Why the agent is away at the moment, if they are (days judged in the agent's zone;
	 * UTC for agents known only from a Jira group).
	 */
	public Optional<Absence> absence(String agentId, Instant moment) {
		ZoneId zone = agent(agentId).map(Agent::timeZone).orElse(ZoneOffset.UTC);
		return this.roster.away()
			.stream()
			.filter((absence) -> absence.agentId().equals(agentId) && absence.covers(moment, zone))
			.findFirst();
	}

}

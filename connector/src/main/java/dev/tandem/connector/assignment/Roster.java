package dev.tandem.connector.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who works in which team, when and in which languages, and who is away: the routing
 * roster admins edit at run time (stored versioned in {@code <prefix>-routing}; version 0
 * is {@code tandem.assignment.*} until someone saves).
 *
 * @param version 0 for the configuration, then 1, 2, ... per saved change
 * @param defaultTeam team for tickets whose category no team claims
 * @param seniorTeam team for VIP tickets: every agent marked senior, plus the members of
 * a team of that name
 * @param teams teams (pools) with the categories they handle and an optional Jira group
 * whose active members belong to the team too
 * @param agents the agents
 * @param away who is away, from when until when
 * @param updatedBy who saved this version
 * @param updatedAt when
 * @param comment why it was changed
 */
public record Roster(Integer version, String defaultTeam, String seniorTeam, List<Team> teams, List<RosterAgent> agents,
		List<Absence> away, String updatedBy, Instant updatedAt, Optional<String> comment) {

	public Roster {
		// absent in a request body: the version is assigned on saving
		version = Objects.requireNonNullElse(version, 0);
		defaultTeam = name(defaultTeam);
		seniorTeam = name(seniorTeam);
		teams = List.copyOf(Objects.requireNonNullElse(teams, List.<Team>of()));
		agents = List.copyOf(Objects.requireNonNullElse(agents, List.<RosterAgent>of()));
		away = List.copyOf(Objects.requireNonNullElse(away, List.<Absence>of()));
		updatedBy = Objects.requireNonNullElse(updatedBy, "configuration");
		updatedAt = Objects.requireNonNullElse(updatedAt, Instant.EPOCH);
		comment = Objects.requireNonNullElse(comment, Optional.<String>empty())
			.map(String::strip)
			.filter((text) -> !text.isEmpty());
	}

	/** The same content as the given version, saved by someone. */
	public Roster asVersion(int number, String by, Instant at, Optional<String> why) {
		return new Roster(number, this.defaultTeam, this.seniorTeam, this.teams, this.agents, this.away, by, at, why);
	}

	public Roster withAgents(List<RosterAgent> changed) {
		return new Roster(this.version, this.defaultTeam, this.seniorTeam, this.teams, changed, this.away,
				this.updatedBy, this.updatedAt, this.comment);
	}

	public Roster withTeams(String defaultTeamName, String seniorTeamName, List<Team> changed) {
		return new Roster(this.version, defaultTeamName, seniorTeamName, changed, this.agents, this.away,
				this.updatedBy, this.updatedAt, this.comment);
	}

	public Roster withAway(List<Absence> changed) {
		return new Roster(this.version, this.defaultTeam, this.seniorTeam, this.teams, this.agents, changed,
				this.updatedBy, this.updatedAt, this.comment);
	}

	public Optional<RosterAgent> agent(String id) {
		return this.agents.stream().filter((agent) -> agent.id().equals(id)).findFirst();
	}

	/** What is wrong with it, one line per problem naming the field; empty when valid. */
	public List<String> problems() {
		return RosterValidation.problems(this);
	}

	static String name(String value) {
		return (value == null) ? "" : value.strip().toLowerCase(Locale.ROOT);
	}

}

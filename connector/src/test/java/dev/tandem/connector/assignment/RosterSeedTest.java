package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Version 0 of the roster keeps {@code tandem.assignment.*} working as before. */
class RosterSeedTest {

	private final AssignmentProperties properties = new AssignmentProperties("support", "senior",
			Map.of("billing", "billing"), Map.of("support", "jira-support"),
			List.of(agent("ana", "support,senior", "Europe/Berlin"), agent("bo", "billing", "Asia/Shanghai"),
					new AssignmentProperties.AgentSettings("night", "Nat", List.of("support"), List.of("en"), List.of(),
							Optional.empty(), Optional.of(LocalTime.of(22, 0)), Optional.of(LocalTime.of(6, 0)),
							List.of(DayOfWeek.FRIDAY))),
			List.of("bo"),
			new AssignmentProperties.Defaults(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0),
					List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), List.of()),
			Duration.ofSeconds(30), Duration.ofMinutes(5), "statusCategory != Done", Duration.ofSeconds(3));

	@Test
	void poolsBecomeTeamsWithTheirCategoriesAndJiraGroups() {
		Roster roster = RosterSeed.of(this.properties, Set.of());
		assertThat(roster.version()).isZero();
		assertThat(roster.teams()).containsExactly(new Team("billing", List.of("billing"), Optional.empty()),
				new Team("support", List.of(), Optional.of("jira-support")));
		assertThat(roster.problems()).isEmpty();
	}

	@Test
	void theSeniorPoolBecomesTheSeniorFlag() {
		Routing routing = Routing.of(RosterSeed.of(this.properties, Set.of()));
		assertThat(routing.roster().agent("ana").orElseThrow().senior()).isTrue();
		assertThat(routing.roster().agent("ana").orElseThrow().teams()).containsExactly("support");
		assertThat(routing.members("senior")).extracting(Agent::id).containsExactly("ana");
		assertThat(routing.members("support")).extracting(Agent::id).containsExactly("ana", "night");
		assertThat(routing.poolFor("Billing")).contains("billing");
		assertThat(routing.jiraGroup("support")).contains("jira-support");
	}

	@Test
	void hoursKeepTheirMeaningIncludingNightShifts() {
		Routing routing = Routing.of(RosterSeed.of(this.properties, Set.of()));
		Agent ana = routing.agent("ana").orElseThrow();
		assertThat(ana.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(ana.hours().shifts()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)
			.containsValue(new Shift("09:00", "17:00", false));
		assertThat(routing.roster().agent("night").orElseThrow().hours())
			.containsExactly(Map.entry(DayOfWeek.FRIDAY, new Shift("22:00", "06:00", true)));
		assertThat(routing.agent("night").orElseThrow().worksAt(java.time.Instant.parse("2026-11-28T03:00:00Z")))
			.isTrue();
	}

	@Test
	void configuredAndEarlierMarkedAbsencesLastUntilFurtherNotice() {
		Roster roster = RosterSeed.of(this.properties, Set.of("night", "bo"));
		assertThat(roster.away()).containsExactly(Absence.indefinite("bo", "configured"),
				Absence.indefinite("night", "marked away"));
	}

	private static AssignmentProperties.AgentSettings agent(String id, String pools, String zone) {
		return new AssignmentProperties.AgentSettings(id, id, List.of(pools.split(",")), List.of("en"), List.of(),
				Optional.of(ZoneId.of(zone)), Optional.empty(), Optional.empty(), List.of());
	}

}

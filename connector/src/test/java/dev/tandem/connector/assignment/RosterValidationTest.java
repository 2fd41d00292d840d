package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static dev.tandem.connector.assignment.RosterFixtures.agent;
import static dev.tandem.connector.assignment.RosterFixtures.roster;
import static org.assertj.core.api.Assertions.assertThat;

class RosterValidationTest {

	private final RosterAgent ana = agent("ana", "support", "Europe/Berlin", "en");

	private final RosterAgent bo = agent("bo", "billing", "Asia/Shanghai", "zh");

	@Test
	void acceptsAConsistentRoster() {
		assertThat(roster(List.of(this.ana, this.bo), List.of()).problems()).isEmpty();
	}

	@Test
	void namesAnUnknownTimeZone() {
		RosterAgent lost = new RosterAgent("lost", "Lost", List.of("support"), false, List.of(), List.of(),
				"Mars/Olympus", Map.of());
		assertThat(roster(List.of(this.ana, this.bo, lost), List.of()).problems())
			.containsExactly("agents[2].timeZone: unknown time zone 'Mars/Olympus'");
	}

	@Test
	void namesHoursThatEndBeforeTheyStart() {
		RosterAgent late = new RosterAgent("late", "Late", List.of("support"), false, List.of(), List.of(), "UTC",
				Map.of(DayOfWeek.MONDAY, new Shift("17:00", "08:00", false)));
		assertThat(roster(List.of(this.bo, late), List.of()).problems()).singleElement()
			.asString()
			.startsWith("agents[1].hours.MONDAY: hours end (08:00) before they start (17:00)");
	}

	@Test
	void acceptsAnOvernightShiftAndMidnightAsTheEnd() {
		RosterAgent night = new RosterAgent("night", "Night", List.of("support"), false, List.of(), List.of(), "UTC",
				Map.of(DayOfWeek.MONDAY, new Shift("22:00", "06:00", true), DayOfWeek.TUESDAY,
						new Shift("16:00", "24:00", false)));
		assertThat(roster(List.of(this.bo, night), List.of()).problems()).isEmpty();
	}

	@Test
	void namesATimeThatIsNotATime() {
		RosterAgent odd = new RosterAgent("odd", "Odd", List.of("support"), false, List.of(), List.of(), "UTC",
				Map.of(DayOfWeek.FRIDAY, new Shift("9am", "25:00", false)));
		assertThat(roster(List.of(this.bo, odd), List.of()).problems()).containsExactly(
				"agents[1].hours.FRIDAY.start: '9am' is not a time (HH:mm)",
				"agents[1].hours.FRIDAY.end: '25:00' is not a time (HH:mm, or 24:00)");
	}

	@Test
	void namesADuplicateAgent() {
		assertThat(roster(List.of(this.ana, this.bo, this.ana), List.of()).problems())
			.containsExactly("agents[2].id: duplicate agent 'ana'");
	}

	@Test
	void namesAnEmptyTeam() {
		assertThat(roster(List.of(this.ana), List.of()).problems())
			.containsExactly("teams[1]: team 'billing' is empty: add an agent or a Jira group");
	}

	@Test
	void aJiraGroupStaffsATeam() {
		Roster roster = roster(List.of(this.ana), List.of());
		Roster withGroup = roster.withTeams("support", "senior",
				List.of(roster.teams().get(0), new Team("billing", List.of("billing"), Optional.of("jira-billing"))));
		assertThat(withGroup.problems()).isEmpty();
	}

	@Test
	void namesATeamNobodyDefinedAndACategoryClaimedTwice() {
		RosterAgent stray = agent("stray", "sales", "UTC");
		Roster roster = roster(List.of(this.ana, this.bo, stray), List.of());
		Roster twice = roster.withTeams("support", "senior", List.of(roster.teams().get(0), roster.teams().get(1),
				new Team("refunds", List.of("billing"), Optional.of("g"))));
		assertThat(twice.problems()).containsExactly(
				"teams[2].categories: category 'billing' already belongs to team 'billing'",
				"agents[2].teams: 'sales' is not one of the teams");
	}

	@Test
	void namesAnUnknownDefaultTeamAndBlankNames() {
		Roster roster = roster(List.of(this.ana, this.bo), List.of());
		assertThat(roster.withTeams("helpdesk", " ", roster.teams()).problems()).containsExactly(
				"defaultTeam: 'helpdesk' is not one of the teams", "seniorTeam: must name the team for VIP tickets");
	}

	@Test
	void namesAnAbsenceThatEndsBeforeItStarts() {
		Absence backwards = new Absence("ana", Optional.of(LocalDate.of(2026, 12, 24)),
				Optional.of(LocalDate.of(2026, 12, 20)), Optional.empty());
		assertThat(roster(List.of(this.ana, this.bo), List.of(backwards)).problems())
			.containsExactly("away[0].until: 2026-12-20 is before from 2026-12-24");
	}

}

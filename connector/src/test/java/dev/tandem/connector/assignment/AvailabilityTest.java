package dev.tandem.connector.assignment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static dev.tandem.connector.assignment.RosterFixtures.agent;
import static dev.tandem.connector.assignment.RosterFixtures.roster;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is available when: working hours in each agent's own zone (daylight saving time
 * included), night shifts, whole days away in the agent's calendar. Time comes from a
 * fixed clock.
 */
class AvailabilityTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final WorkingHours nineToFive = new WorkingHours(RosterFixtures.weekdays("09:00", "17:00"));

	@Test
	void nineLocalStaysNineAcrossTheSpringChangeInBerlin() {
		// Friday 27 March 2026: CET (UTC+1); Monday 30 March: CEST (UTC+2)
		assertThat(this.nineToFive.contains(Instant.parse("2026-03-27T07:30:00Z"), BERLIN)).isFalse();
		assertThat(this.nineToFive.contains(Instant.parse("2026-03-27T08:30:00Z"), BERLIN)).isTrue();
		assertThat(this.nineToFive.contains(Instant.parse("2026-03-30T07:30:00Z"), BERLIN)).isTrue();
		assertThat(this.nineToFive.contains(Instant.parse("2026-03-30T15:30:00Z"), BERLIN)).isFalse();
	}

	@Test
	void theSameMomentIsWorkForOneZoneAndNightForAnother() {
		Instant mondayTwoUtc = Instant.parse("2026-11-23T02:00:00Z");
		assertThat(this.nineToFive.contains(mondayTwoUtc, ZoneId.of("Asia/Shanghai"))).isTrue();
		assertThat(this.nineToFive.contains(mondayTwoUtc, BERLIN)).isFalse();
		// still Sunday evening in New York: a day off
		assertThat(this.nineToFive.contains(mondayTwoUtc, ZoneId.of("America/New_York"))).isFalse();
	}

	@Test
	void aNightShiftBelongsToTheDayItStarted() {
		WorkingHours fridayNight = new WorkingHours(Map.of(DayOfWeek.FRIDAY, new Shift("22:00", "06:00", true)));
		assertThat(fridayNight.contains(Instant.parse("2026-11-27T23:00:00Z"), ZoneOffset.UTC)).isTrue();
		assertThat(fridayNight.contains(Instant.parse("2026-11-28T05:59:00Z"), ZoneOffset.UTC)).isTrue();
		assertThat(fridayNight.contains(Instant.parse("2026-11-28T06:00:00Z"), ZoneOffset.UTC)).isFalse();
		assertThat(fridayNight.contains(Instant.parse("2026-11-27T05:00:00Z"), ZoneOffset.UTC)).isFalse();
	}

	@Test
	void aShiftEndingAtMidnightCoversTheLastMinute() {
		WorkingHours late = new WorkingHours(Map.of(DayOfWeek.MONDAY, new Shift("16:00", "24:00", false)));
		assertThat(late.contains(Instant.parse("2026-11-23T23:59:00Z"), ZoneOffset.UTC)).isTrue();
		assertThat(late.contains(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC)).isFalse();
	}

	@Test
	void awayDaysFollowTheAgentsOwnCalendar() {
		Absence christmasEve = new Absence("li", Optional.of(LocalDate.of(2026, 12, 24)),
				Optional.of(LocalDate.of(2026, 12, 24)), Optional.of("holiday"));
		ZoneId shanghai = ZoneId.of("Asia/Shanghai");
		// 23 Dec 17:00 UTC is already 24 Dec 01:00 in Shanghai
		assertThat(christmasEve.covers(Instant.parse("2026-12-23T17:00:00Z"), shanghai)).isTrue();
		assertThat(christmasEve.covers(Instant.parse("2026-12-23T17:00:00Z"), ZoneOffset.UTC)).isFalse();
		assertThat(christmasEve.covers(Instant.parse("2026-12-24T16:30:00Z"), shanghai)).isFalse();
	}

	@Test
	void anAgentAwayUntilADateIsSkippedThenBackTheDayAfter() {
		Roster roster = roster(
				List.of(agent("ana", "support", "Europe/Berlin", "en"), agent("bo", "support", "Europe/Berlin", "en"),
						agent("cy", "billing", "UTC")),
				List.of(new Absence("ana", Optional.empty(), Optional.of(LocalDate.of(2026, 11, 24)),
						Optional.of("training"))));
		Instant tuesday = Instant.parse("2026-11-24T10:00:00Z");
		AssignmentResult during = assigner(roster, tuesday).propose(request());
		assertThat(during.agentId()).contains("bo");
		assertThat(during.reasons()).anyMatch((reason) -> reason.contains("ANA until 2026-11-24, training"));
		assertThat(assigner(roster, tuesday.plusSeconds(86_400)).propose(request()).agentId()).contains("ana");
	}

	private static Assigner assigner(Roster roster, Instant now) {
		Routing routing = Routing.of(roster);
		return new Assigner(() -> routing, Routing::members, new NoWorkload(), Clock.fixed(now, ZoneOffset.UTC));
	}

	private static AssignmentRequest request() {
		return new AssignmentRequest("SUP-1", Optional.empty(), "en", false);
	}

	private static final class NoWorkload implements Workload {

		@Override
		public Map<String, Integer> openTickets(Collection<String> agentIds) {
			return Map.of();
		}

		@Override
		public void assigned(String agentId) {
		}

	}

}

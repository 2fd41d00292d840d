package dev.tandem.connector.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static dev.tandem.connector.assignment.RosterFixtures.agent;
import static dev.tandem.connector.assignment.RosterFixtures.roster;
import static org.assertj.core.api.Assertions.assertThat;

class RosterChangeTest {

	private final RosterAgent ana = agent("ana", "support", "Europe/Berlin", "en");

	private final RosterAgent bo = agent("bo", "billing", "Asia/Shanghai", "zh");

	@Test
	void namesEachAddedRemovedAndChangedItemWithBeforeAndAfter() {
		Roster before = roster(List.of(this.ana, this.bo), List.of());
		RosterAgent anaInShanghai = new RosterAgent("ana", "ANA", List.of("support"), false, List.of("en"), List.of(),
				"Asia/Shanghai", this.ana.hours());
		Roster after = roster(List.of(anaInShanghai, agent("cy", "support", "UTC")), List
			.of(new Absence("bo", Optional.empty(), Optional.of(LocalDate.of(2026, 12, 31)), Optional.of("holiday"))));

		assertThat(RosterChange.between(before, after)).extracting(RosterChange::describe)
			.containsExactly(
					"Changed agent ana: ANA · teams support · languages en · skills  · Europe/Berlin · Mon-Fri 09:00-17:00"
							+ " -> ANA · teams support · languages en · skills  · Asia/Shanghai · Mon-Fri 09:00-17:00",
					"Removed agent bo: BO · teams billing · languages zh · skills  · Asia/Shanghai · Mon-Fri 09:00-17:00",
					"Added agent cy: CY · teams support · languages  · skills  · UTC · Mon-Fri 09:00-17:00",
					"Added away bo: bo away from now until 2026-12-31 (holiday)");
	}

	@Test
	void anUnchangedRosterHasNoChanges() {
		Roster roster = roster(List.of(this.ana), List.of());
		assertThat(RosterChange.between(roster, roster.asVersion(7, "someone", null, Optional.of("why")))).isEmpty();
	}

}

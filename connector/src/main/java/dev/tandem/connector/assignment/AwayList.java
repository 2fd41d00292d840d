package dev.tandem.connector.assignment;

import java.util.Set;

/**
 * Agents who are away, as the roster says ({@code tandem.assignment.away}, absences
 * edited on the routing page, {@code PUT /api/v1/agents/{id}/away}), shared by every
 * instance.
 */
public class AwayList {

	private final RosterStore roster;

	public AwayList(RosterStore roster) {
		this.roster = roster;
	}

	/** Agents away now. */
	public Set<String> markedAway() {
		return this.roster.awayNow();
	}

	/**
	 * Marks an agent away until further notice, or back, for every instance (audited).
	 */
	public Set<String> set(String agentId, boolean away, String by) {
		return this.roster.markAway(agentId, away, by);
	}

}

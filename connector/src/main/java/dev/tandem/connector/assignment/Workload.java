package dev.tandem.connector.assignment;

import java.util.Collection;
import java.util.Map;

/** How many open tickets each agent has now. */
public interface Workload {

	/**
	 * Open assigned tickets per agent id; agents with none may be missing from the map.
	 */
	Map<String, Integer> openTickets(Collection<String> agentIds);

	/**
	 * Tandem just assigned one more ticket to the agent (counted until the next refresh).
	 */
	void assigned(String agentId);

}

package dev.tandem.connector.assignment;

import java.util.List;

/** The agents of each pool under a roster. */
@FunctionalInterface
public interface AgentPools {

	List<Agent> pool(Routing routing, String pool);

}

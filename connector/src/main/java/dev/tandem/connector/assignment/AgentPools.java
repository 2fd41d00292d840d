package dev.tandem.connector.assignment;

import java.util.List;

/** The agents of each pool. */
@FunctionalInterface
public interface AgentPools {

	List<Agent> pool(String pool);

}

package dev.tandem.connector.assignment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who gets the ticket, and why that person.
 *
 * @param agentId the chosen agent's Jira id; empty when nobody fits (the ticket stays in
 * the team's queue)
 * @param agentName display name
 * @param pool the pool chosen from
 * @param reasons why, readable by a person
 */
public record AssignmentResult(Optional<String> agentId, Optional<String> agentName, String pool,
		List<String> reasons) {

	public AssignmentResult {
		agentId = Objects.requireNonNullElse(agentId, Optional.empty());
		agentName = Objects.requireNonNullElse(agentName, Optional.empty());
		Objects.requireNonNull(pool, "pool");
		reasons = List.copyOf(reasons);
	}

	public static AssignmentResult nobody(String pool, List<String> reasons) {
		return new AssignmentResult(Optional.empty(), Optional.empty(), pool, reasons);
	}

}

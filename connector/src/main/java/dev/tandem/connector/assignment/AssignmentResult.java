package dev.tandem.connector.assignment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Who gets the ticket, and why that person.
 *
 * @param agentId the chosen agent's Jira id; empty when nobody fits (the ticket stays in
 * the team's queue)
 * @param agentName display name
 * @param pool the pool chosen from
 * @param reasons why, readable by a person (English: stored with the case, in Jira and
 * the audit log)
 * @param explanations the same reasons in any language the connector speaks; not stored
 * (a case read back has none, its English reasons stay)
 */
public record AssignmentResult(Optional<String> agentId, Optional<String> agentName, String pool, List<String> reasons,
		@JsonIgnore List<AssignmentReason> explanations) {

	public AssignmentResult {
		agentId = Objects.requireNonNullElse(agentId, Optional.empty());
		agentName = Objects.requireNonNullElse(agentName, Optional.empty());
		Objects.requireNonNull(pool, "pool");
		reasons = List.copyOf(reasons);
		explanations = List.copyOf(Objects.requireNonNullElse(explanations, List.of()));
	}

	/** A result known by its English reasons only (read back, or made by hand). */
	public AssignmentResult(Optional<String> agentId, Optional<String> agentName, String pool, List<String> reasons) {
		this(agentId, agentName, pool, reasons, List.of());
	}

	static AssignmentResult explained(Optional<String> agentId, Optional<String> agentName, String pool,
			List<AssignmentReason> explanations) {
		return new AssignmentResult(agentId, agentName, pool,
				explanations.stream().map(AssignmentReason::text).toList(), explanations);
	}

	static AssignmentResult nobody(String pool, List<AssignmentReason> explanations) {
		return explained(Optional.empty(), Optional.empty(), pool, explanations);
	}

}

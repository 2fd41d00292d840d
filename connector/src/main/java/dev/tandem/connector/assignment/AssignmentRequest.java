package dev.tandem.connector.assignment;

import java.util.Objects;
import java.util.Optional;

/**
 * Whom should this ticket go to?
 *
 * @param issueKey the ticket (for logs)
 * @param category its category, when known
 * @param language its language
 * @param vip whether it goes to the senior pool
 */
public record AssignmentRequest(String issueKey, Optional<String> category, String language, boolean vip) {

	public AssignmentRequest {
		Objects.requireNonNull(issueKey, "issueKey");
		category = Objects.requireNonNullElse(category, Optional.empty());
		language = Objects.requireNonNullElse(language, "und");
	}

}

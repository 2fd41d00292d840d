package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of the ticket's resolution seen in Jira, recorded once per delivery.
 *
 * @param id what recorded it: the webhook delivery id, the changelog id, or
 * {@code catch-up-<resolved time>}
 * @param resolved true when the ticket was resolved, false when it was reopened
 * @param resolution Jira's resolution name, when sent
 * @param at when Jira made the change
 * @param source {@code webhook} or {@code catch-up}
 */
public record ResolutionChange(String id, boolean resolved, Optional<String> resolution, Instant at, String source) {

	public ResolutionChange {
		Objects.requireNonNull(id, "id");
		resolution = Objects.requireNonNullElse(resolution, Optional.empty());
		Objects.requireNonNull(at, "at");
		source = Objects.requireNonNullElse(source, "webhook");
	}

}

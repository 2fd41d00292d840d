package dev.tandem.connector.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing Tandem decided or did, for people to review later. Holds no personal data:
 * ticket texts are never copied here, reasons are written from masked text.
 *
 * @param at when
 * @param actor who: {@code tandem} for the connector itself, {@code api}, or an admin's
 * name
 * @param action what, e.g. {@code triage.decided}, {@code jira.reply-posted},
 * {@code mode.changed}
 * @param issueKey the ticket concerned, if any
 * @param decision the decision taken, e.g. {@code AUTO_ANSWER}
 * @param reasons why, readable by a person
 * @param details further facts (ids, counts, settings), no personal data
 * @param shadow whether Tandem ran in shadow mode (nothing changed in Jira)
 */
public record AuditEntry(Instant at, String actor, String action, Optional<String> issueKey, Optional<String> decision,
		List<String> reasons, Map<String, String> details, boolean shadow) {

	public AuditEntry {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		issueKey = Objects.requireNonNullElse(issueKey, Optional.empty());
		decision = Objects.requireNonNullElse(decision, Optional.empty());
		reasons = List.copyOf(Objects.requireNonNullElse(reasons, List.of()));
		details = Map.copyOf(Objects.requireNonNullElse(details, Map.of()));
	}

}

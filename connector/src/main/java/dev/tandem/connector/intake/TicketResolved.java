package dev.tandem.connector.intake;

import java.time.Instant;
import java.util.Optional;

/**
 * A ticket with a case was resolved in Jira (a resolution was set, or its status moved
 * into the Done category), and that change is stored durably in its case. Published at
 * least once: listeners must be idempotent.
 *
 * @param issueId the case id
 * @param issueKey the issue key
 * @param resolution Jira's resolution name, when Jira sent one (e.g. {@code Done})
 * @param at when Jira resolved it (the event's time)
 */
public record TicketResolved(String issueId, String issueKey, Optional<String> resolution, Instant at) {

}

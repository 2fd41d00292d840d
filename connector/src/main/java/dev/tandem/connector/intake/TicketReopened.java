package dev.tandem.connector.intake;

import java.time.Instant;

/**
 * A ticket with a case that had been resolved was reopened in Jira (its resolution was
 * cleared, or its status left the Done category), and that change is stored durably in
 * its case. Published at least once: listeners must be idempotent.
 *
 * @param issueId the case id
 * @param issueKey the issue key
 * @param at when Jira reopened it (the event's time)
 */
public record TicketReopened(String issueId, String issueKey, Instant at) {

}

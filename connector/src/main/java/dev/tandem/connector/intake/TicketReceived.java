package dev.tandem.connector.intake;

import java.time.Instant;

/**
 * A new ticket's case was stored (by webhook or catch-up) and is due for triage.
 *
 * @param issueId the case id
 * @param issueKey the issue key
 * @param at when it was stored
 */
public record TicketReceived(String issueId, String issueKey, Instant at) {

}

package dev.tandem.connector.intake;

import java.time.Instant;

/**
 * A comment on a ticket with a case was stored in the case and is due for a follow-up.
 *
 * @param issueId the case id
 * @param issueKey the issue key
 * @param at when it was stored
 */
public record ReplyReceived(String issueId, String issueKey, Instant at) {

}

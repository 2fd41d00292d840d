package dev.tandem.connector.gaps;

import java.time.Instant;

/**
 * A ticket that shows a gap.
 *
 * @param issueKey the issue key
 * @param summary its masked summary
 * @param language its language tag
 * @param receivedAt when it arrived
 */
public record GapExample(String issueKey, String summary, String language, Instant receivedAt) {

}

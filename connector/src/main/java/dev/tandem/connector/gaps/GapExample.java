package dev.tandem.connector.gaps;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket that shows a gap.
 *
 * @param issueKey the issue key
 * @param summary its masked summary (what people read)
 * @param language its language tag
 * @param receivedAt when it arrived
 * @param question its masked text as triage asked the knowledge base (summary, then
 * description): what a knowledge manager adds to the known out-of-scope questions when
 * the gap is not the knowledge base's to close; the summary in reports stored before it
 * was kept
 */
public record GapExample(String issueKey, String summary, String language, Instant receivedAt, String question) {

	public GapExample {
		Objects.requireNonNull(issueKey, "issueKey");
		summary = Objects.requireNonNullElse(summary, "");
		question = (question == null || question.isBlank()) ? summary : question;
	}

	/** An example whose question is its summary. */
	public GapExample(String issueKey, String summary, String language, Instant receivedAt) {
		this(issueKey, summary, language, receivedAt, summary);
	}

}

package dev.tandem.connector.gaps;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket that showed a knowledge gap: no article was confident enough to answer it, or
 * the automatic answer failed (rejected by the customer, or reopened).
 *
 * @param issueKey the issue key
 * @param text its masked description
 * @param summary its masked summary (what people read as an example)
 * @param language its language tag
 * @param category the category of the best (weak) article, when any
 * @param receivedAt when it arrived
 * @param answerFailed the automatic answer failed (rather than no answer at all)
 */
public record GapTicket(String issueKey, String text, String summary, String language, Optional<String> category,
		Instant receivedAt, boolean answerFailed) {

	public GapTicket {
		Objects.requireNonNull(issueKey, "issueKey");
		text = Objects.requireNonNullElse(text, "");
		summary = Objects.requireNonNullElse(summary, "");
		language = Objects.requireNonNullElse(language, "en");
		category = Objects.requireNonNullElse(category, Optional.empty());
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

	/**
	 * The text as triage asked the knowledge base: the summary, then the description (as
	 * {@code TicketFacts#text}).
	 */
	public String question() {
		return this.text.isBlank() ? this.summary : this.summary + "\n\n" + this.text;
	}

}

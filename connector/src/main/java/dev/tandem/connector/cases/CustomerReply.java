package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A comment that arrived on a case's ticket, waiting to be looked at (follow-ups).
 *
 * @param id delivery id (webhook identifier or comment id): a redelivery is recognised by
 * it
 * @param commentId Jira comment id
 * @param authorId Jira user id of the author
 * @param fromReporter whether the ticket's reporter wrote it
 * @param maskedText the comment, personal data masked
 * @param receivedAt when it arrived
 * @param handledAt when it was looked at
 * @param handling what was done about it
 */
public record CustomerReply(String id, String commentId, Optional<String> authorId, boolean fromReporter,
		String maskedText, Instant receivedAt, Optional<Instant> handledAt, Optional<String> handling) {

	public CustomerReply {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(commentId, "commentId");
		authorId = Objects.requireNonNullElse(authorId, Optional.empty());
		maskedText = Objects.requireNonNullElse(maskedText, "");
		Objects.requireNonNull(receivedAt, "receivedAt");
		handledAt = Objects.requireNonNullElse(handledAt, Optional.empty());
		handling = Objects.requireNonNullElse(handling, Optional.empty());
	}

	public boolean handled() {
		return this.handledAt.isPresent();
	}

	public CustomerReply handled(Instant at, String how) {
		return new CustomerReply(this.id, this.commentId, this.authorId, this.fromReporter, this.maskedText,
				this.receivedAt, Optional.of(at), Optional.of(how));
	}

}

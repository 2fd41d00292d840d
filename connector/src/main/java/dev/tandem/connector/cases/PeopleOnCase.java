package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What people did on a ticket that the dashboards measure: the first public reply by a
 * person (not the customer, not Tandem, not an internal note) and the customer's
 * satisfaction rating, where Jira Service Management asks for one.
 *
 * @param firstResponse the earliest public reply by a person seen so far
 * @param satisfaction the customer's latest rating
 */
public record PeopleOnCase(Optional<FirstResponse> firstResponse, Optional<Satisfaction> satisfaction) {

	/** Nothing recorded yet. */
	public static final PeopleOnCase NONE = new PeopleOnCase(Optional.empty(), Optional.empty());

	public PeopleOnCase {
		firstResponse = Objects.requireNonNullElse(firstResponse, Optional.empty());
		satisfaction = Objects.requireNonNullElse(satisfaction, Optional.empty());
	}

	/**
	 * With a person's public reply: kept when it is earlier than the one recorded (a
	 * catch-up may find an older comment than the webhook that came first).
	 */
	public PeopleOnCase withReply(FirstResponse reply) {
		boolean earlier = this.firstResponse.map((known) -> reply.at().isBefore(known.at())).orElse(true);
		return earlier ? new PeopleOnCase(Optional.of(reply), this.satisfaction) : this;
	}

	/** With the customer's rating (a newer rating replaces an older one). */
	public PeopleOnCase withSatisfaction(Satisfaction rating) {
		boolean newer = this.satisfaction.map((known) -> !rating.at().isBefore(known.at())).orElse(true);
		return newer ? new PeopleOnCase(this.firstResponse, Optional.of(rating)) : this;
	}

	/**
	 * A person's public reply on the ticket.
	 *
	 * @param at when Jira says it was written
	 * @param commentId the Jira comment
	 * @param authorId who wrote it, when known
	 * @param source how Tandem learnt of it: {@code webhook} or {@code catch-up}
	 */
	public record FirstResponse(Instant at, String commentId, Optional<String> authorId, String source) {

		public FirstResponse {
			Objects.requireNonNull(at, "at");
			Objects.requireNonNull(commentId, "commentId");
			authorId = Objects.requireNonNullElse(authorId, Optional.empty());
			source = Objects.requireNonNullElse(source, "webhook");
		}

	}

	/**
	 * The customer's satisfaction rating (Jira Service Management: 1 to 5 stars).
	 *
	 * @param rating 1 (very unsatisfied) to 5 (very satisfied)
	 * @param at when it was given (or first seen)
	 * @param source how Tandem learnt of it: {@code webhook} or {@code catch-up}
	 */
	public record Satisfaction(int rating, Instant at, String source) {

		public static final int MIN = 1;

		public static final int MAX = 5;

		public Satisfaction {
			if (rating < MIN || rating > MAX) {
				throw new IllegalArgumentException("satisfaction rating " + rating + " is not between 1 and 5");
			}
			Objects.requireNonNull(at, "at");
			source = Objects.requireNonNullElse(source, "webhook");
		}

	}

}

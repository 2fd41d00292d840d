package dev.tandem.connector.triage;

import java.util.List;
import java.util.Objects;

/**
 * What the understanding of a (masked) ticket text says.
 *
 * @param language ISO 639-1 code ({@code en}, {@code zh}), {@code und} when unknown
 * @param sentiment how the customer feels
 * @param requestsPerson the customer explicitly asks for a person
 * @param priority suggested priority
 * @param reasons why, readable by a person (no personal data)
 */
public record TicketReading(String language, Sentiment sentiment, boolean requestsPerson, Priority priority,
		List<String> reasons) {

	public TicketReading {
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(sentiment, "sentiment");
		Objects.requireNonNull(priority, "priority");
		reasons = List.copyOf(reasons);
	}

}

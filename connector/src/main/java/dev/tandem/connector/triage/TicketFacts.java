package dev.tandem.connector.triage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What triage needs to know about a ticket. Texts may still hold personal data: triage
 * masks them before reading, retrieving or keeping anything.
 *
 * @param summary the summary line
 * @param description the description
 * @param reporterEmailDomain the reporter's e-mail domain (for VIP rules), lower case
 * @param labels Jira labels
 * @param organisations JSM customer organisations
 * @param fields custom field values as text, by field id (for VIP rules)
 */
public record TicketFacts(String summary, String description, Optional<String> reporterEmailDomain, List<String> labels,
		List<String> organisations, Map<String, String> fields) {

	public TicketFacts {
		summary = Objects.requireNonNullElse(summary, "");
		description = Objects.requireNonNullElse(description, "");
		reporterEmailDomain = Objects.requireNonNullElse(reporterEmailDomain, Optional.<String>empty())
			.map((domain) -> domain.toLowerCase(Locale.ROOT));
		labels = List.copyOf(labels);
		organisations = List.copyOf(organisations);
		fields = Map.copyOf(fields);
	}

	/** The domain part of an e-mail address, if it is one. */
	public static Optional<String> domainOf(Optional<String> email) {
		return email.filter((address) -> address.indexOf('@') > 0)
			.map((address) -> address.substring(address.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT))
			.filter((domain) -> !domain.isEmpty());
	}

	/** Summary and description as one text. */
	public String text() {
		return this.description.isBlank() ? this.summary : this.summary + "\n\n" + this.description;
	}

}

package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ticket as Tandem received it, personal data masked: only the reporter's id and
 * e-mail domain are kept, texts are masked.
 *
 * @param summary summary, masked
 * @param description description, masked
 * @param reporterId the reporter's Jira user id (to recognise their replies)
 * @param reporterEmailDomain the reporter's e-mail domain (VIP rules)
 * @param labels labels
 * @param organisations JSM organisations
 * @param fields simple custom field values as text, masked
 * @param priority Jira priority name
 * @param status status name when received
 * @param issueType issue type
 * @param requestType JSM request type
 * @param created when the ticket was created in Jira
 */
public record TicketSnapshot(String summary, String description, Optional<String> reporterId,
		Optional<String> reporterEmailDomain, List<String> labels, List<String> organisations,
		Map<String, String> fields, Optional<String> priority, String status, String issueType,
		Optional<String> requestType, Instant created) {

	public TicketSnapshot {
		summary = Objects.requireNonNullElse(summary, "");
		description = Objects.requireNonNullElse(description, "");
		reporterId = Objects.requireNonNullElse(reporterId, Optional.empty());
		reporterEmailDomain = Objects.requireNonNullElse(reporterEmailDomain, Optional.empty());
		labels = List.copyOf(Objects.requireNonNullElse(labels, List.of()));
		organisations = List.copyOf(Objects.requireNonNullElse(organisations, List.of()));
		fields = Map.copyOf(Objects.requireNonNullElse(fields, Map.of()));
		priority = Objects.requireNonNullElse(priority, Optional.empty());
		status = Objects.requireNonNullElse(status, "");
		issueType = Objects.requireNonNullElse(issueType, "");
		requestType = Objects.requireNonNullElse(requestType, Optional.empty());
		Objects.requireNonNull(created, "created");
	}

}

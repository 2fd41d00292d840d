package dev.tandem.connector.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Body of {@code POST /api/v1/triage/preview}.
 *
 * @param summary ticket summary
 * @param description ticket description
 * @param reporter who reports it
 * @param labels Jira labels
 * @param organisations JSM organisations (optional)
 * @param fields custom field values by id (optional)
 */
public record PreviewRequest(String summary, String description, Reporter reporter, List<String> labels,
		List<String> organisations, Map<String, String> fields) {

	public PreviewRequest {
		summary = Objects.requireNonNullElse(summary, "");
		description = Objects.requireNonNullElse(description, "");
		reporter = Objects.requireNonNullElse(reporter, new Reporter(null, null));
		labels = (labels != null) ? List.copyOf(labels) : List.of();
		organisations = (organisations != null) ? List.copyOf(organisations) : List.of();
		fields = (fields != null) ? Map.copyOf(fields) : Map.of();
	}

	/**
	 * The reporter.
	 *
	 * @param accountId Jira account id
	 * @param email e-mail address (only its domain is used, for VIP rules)
	 */
	public record Reporter(String accountId, String email) {

		Optional<String> emailAddress() {
			return Optional.ofNullable(this.email).filter((value) -> !value.isBlank());
		}

	}

}

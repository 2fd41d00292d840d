package dev.tandem.understanding.priority;

import java.util.Optional;

/**
 * What the priority classifier looks at.
 *
 * @param text summary and description
 * @param reporter e-mail, account id or user name of the reporter (for VIP rules)
 * @param requestType the ticket's request type name (for request-type baselines and SLAs)
 */
public record PriorityRequest(String text, Optional<String> reporter, Optional<String> requestType) {

	public PriorityRequest {
		text = (text != null) ? text : "";
		reporter = (reporter != null) ? reporter.filter((r) -> !r.isBlank()) : Optional.empty();
		requestType = (requestType != null) ? requestType.filter((r) -> !r.isBlank()) : Optional.empty();
	}

	public static PriorityRequest of(String text) {
		return new PriorityRequest(text, Optional.empty(), Optional.empty());
	}

	public PriorityRequest withReporter(String reporter) {
		return new PriorityRequest(this.text, Optional.ofNullable(reporter), this.requestType);
	}

	public PriorityRequest withRequestType(String requestType) {
		return new PriorityRequest(this.text, this.reporter, Optional.ofNullable(requestType));
	}

}

package dev.tandem.understanding;

import java.util.Objects;
import java.util.Optional;

/**
 * A ticket as the understanding library sees it.
 *
 * @param summary the ticket's summary (title); empty when missing
 * @param description the ticket's description as plain text; empty when missing
 * @param reporter e-mail, Jira account id or user name of the reporter (VIP rules)
 * @param requestType JSM request type name (request-type baselines and SLAs)
 */
public record TicketText(String summary, String description, Optional<String> reporter, Optional<String> requestType) {

	public TicketText {
		summary = Objects.toString(summary, "");
		description = Objects.toString(description, "");
		reporter = (reporter != null) ? reporter.filter((r) -> !r.isBlank()) : Optional.empty();
		requestType = (requestType != null) ? requestType.filter((r) -> !r.isBlank()) : Optional.empty();
	}

	public static TicketText of(String summary, String description) {
		return new TicketText(summary, description, Optional.empty(), Optional.empty());
	}

	public TicketText withReporter(String reporter) {
		return new TicketText(this.summary, this.description, Optional.ofNullable(reporter), this.requestType);
	}

	public TicketText withRequestType(String requestType) {
		return new TicketText(this.summary, this.description, this.reporter, Optional.ofNullable(requestType));
	}

	/** Never prints the text itself: it may hold personal data. */
	@Override
	public String toString() {
		return "TicketText[summary=%d chars, description=%d chars, reporter=%s, requestType=%s]".formatted(
				this.summary.length(), this.description.length(), this.reporter.isPresent() ? "<set>" : "<none>",
				this.requestType.orElse("<none>"));
	}

}

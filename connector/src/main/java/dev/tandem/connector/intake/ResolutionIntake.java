package dev.tandem.connector.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.ResolutionChange;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;
import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.JiraPayloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Records a ticket's resolution or reopening in its case and then publishes
 * {@link TicketResolved} / {@link TicketReopened}. A change counts when the changelog of
 * a {@code jira:issue_updated} delivery sets or clears the resolution, or moves the
 * status (the issue's status category then tells whether it is done), and the case's
 * recorded state differs. Recorded once per delivery (delivery id, else changelog id); a
 * redelivery publishes the event again (listeners are idempotent), so a process that died
 * between the write and the event loses nothing.
 */
public class ResolutionIntake {

	private static final Logger log = LoggerFactory.getLogger(ResolutionIntake.class);

	private final CaseStore cases;

	private final JiraSite jira;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public ResolutionIntake(CaseStore cases, JiraSite jira, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.jira = jira;
		this.events = events;
		this.clock = clock;
	}

	/** Handles a {@code jira:issue_updated} delivery. */
	public IntakeResult accept(JiraWebhookEvent event) {
		Optional<JsonNode> changelog = event.changelog();
		Optional<JsonNode> resolutionItem = changelog.flatMap((cl) -> item(cl, "resolution"));
		Optional<JsonNode> statusItem = changelog.flatMap((cl) -> item(cl, "status"));
		if (resolutionItem.isEmpty() && statusItem.isEmpty()) {
			log.debug("{} updated without a resolution or status change: ignored", event.issueKey());
			return IntakeResult.IGNORED;
		}
		JiraIssue issue = JiraPayloads.issue(event.issue().orElseThrow(), this.jira.flavor());
		boolean resolved;
		Optional<String> resolution;
		if (resolutionItem.isPresent()) {
			resolution = text(resolutionItem.get(), "toString").or(() -> text(resolutionItem.get(), "to"));
			resolved = resolution.isPresent();
			resolution = resolution.or(issue::resolution).filter((name) -> resolved);
		}
		else {
			resolved = issue.statusCategory().map("done"::equalsIgnoreCase).orElse(issue.isResolved());
			resolution = issue.resolution();
		}
		String id = event.deliveryId()
			.or(() -> changelog.flatMap((cl) -> text(cl, "id")).map((changelogId) -> "changelog-" + changelogId))
			.orElseGet(() -> "update-" + event.timestamp().orElse(this.clock.instant()).toEpochMilli());
		Instant at = event.timestamp()
			.or(() -> resolved ? issue.resolved() : Optional.empty())
			.orElse(this.clock.instant());
		return record(issue.id(), issue.key(), new ResolutionChange(id, resolved, resolution, at, "webhook"));
	}

	/**
	 * Records that catch-up polling found a ticket resolved (a webhook may have been
	 * missed); nothing happens when its case already knows.
	 */
	public IntakeResult caughtUp(JiraIssue issue) {
		if (!issue.isResolved()) {
			return IntakeResult.IGNORED;
		}
		Instant at = issue.resolved().or(issue::updated).orElse(this.clock.instant());
		return record(issue.id(), issue.key(),
				new ResolutionChange("catch-up-" + at.toEpochMilli(), true, issue.resolution(), at, "catch-up"));
	}

	private IntakeResult record(String issueId, String issueKey, ResolutionChange change) {
		for (int attempt = 1;; attempt++) {
			Optional<Versioned<TicketCase>> found = this.cases.find(issueId);
			if (found.isEmpty()) {
				log.debug("{} changed its resolution but has no case: ignored", issueKey);
				return IntakeResult.IGNORED;
			}
			TicketCase current = found.get().value();
			if (current.hasResolutionChange(change.id())) {
				publish(current, change);
				return IntakeResult.DUPLICATE;
			}
			if (current.isResolved() == change.resolved()) {
				log.debug("{}: {} already recorded", issueKey, change.resolved() ? "resolution" : "reopening");
				return IntakeResult.DUPLICATE;
			}
			if (!change.resolved() && current.resolutions().isEmpty()) {
				// Never resolved as far as Tandem knows: nothing to reopen.
				return IntakeResult.IGNORED;
			}
			try {
				this.cases
					.save(found.get().with(current.withResolution(change, Optional.empty(), this.clock.instant())));
			}
			catch (VersionConflictException ex) {
				if (attempt >= 10) {
					throw ex;
				}
				continue;
			}
			log.info("{} {} in Jira ({})", issueKey, change.resolved() ? "resolved" : "reopened", change.source());
			publish(current, change);
			return IntakeResult.STORED;
		}
	}

	private void publish(TicketCase ticketCase, ResolutionChange change) {
		if (change.resolved()) {
			this.events.publishEvent(
					new TicketResolved(ticketCase.issueId(), ticketCase.issueKey(), change.resolution(), change.at()));
		}
		else {
			this.events.publishEvent(new TicketReopened(ticketCase.issueId(), ticketCase.issueKey(), change.at()));
		}
	}

	private static Optional<JsonNode> item(JsonNode changelog, String field) {
		for (JsonNode item : changelog.path("items").values()) {
			String name = text(item, "fieldId").or(() -> text(item, "field")).orElse("").toLowerCase(Locale.ROOT);
			if (name.equals(field)) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	private static Optional<String> text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isString() || value.isNumber()) && !value.asString().isBlank() ? Optional.of(value.asString())
				: Optional.empty();
	}

}

package dev.tandem.connector.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.cases.TicketSnapshot;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.Versioned;
import dev.tandem.jira.JiraFlavor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** Resolutions and reopenings from {@code jira:issue_updated} deliveries. */
class ResolutionIntakeTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private final CaseStore cases = mock(CaseStore.class);

	private final JiraSite jira = mock(JiraSite.class);

	private final List<Object> events = new ArrayList<>();

	private final AtomicReference<Versioned<TicketCase>> stored = new AtomicReference<>();

	private ResolutionIntake intake;

	@BeforeEach
	void setUp() {
		TicketCase opened = TicketCase.received("10001", "SUP-1", "SUP", "webhook",
				new TicketSnapshot("Export my data", "", Optional.empty(), Optional.empty(), List.of(), List.of(),
						Map.of(), Optional.empty(), "Open", "Service Request", Optional.empty(), NOW),
				NOW);
		this.stored.set(new Versioned<>("10001", opened, 1, 1));
		given(this.cases.find("10001")).willAnswer((invocation) -> Optional.of(this.stored.get()));
		given(this.cases.find("99999")).willReturn(Optional.empty());
		given(this.cases.save(any())).willAnswer((invocation) -> {
			Versioned<TicketCase> changed = invocation.getArgument(0);
			Versioned<TicketCase> next = new Versioned<>(changed.id(), changed.value(), changed.seqNo() + 1, 1);
			this.stored.set(next);
			return next;
		});
		given(this.jira.flavor()).willReturn(JiraFlavor.CLOUD);
		this.intake = new ResolutionIntake(this.cases, this.jira, this.events::add, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static JiraWebhookEvent event(String json, String deliveryId) {
		return JiraWebhookEvent.parse(json.getBytes(StandardCharsets.UTF_8), Optional.ofNullable(deliveryId));
	}

	private static String cloudResolved(String issueId) {
		return """
				{"timestamp": 1763719200000, "webhookEvent": "jira:issue_updated", "issue_event_type_name": "issue_generic",
				 "issue": {"id": "%s", "key": "SUP-1", "fields": {"summary": "Export my data", "project": {"key": "SUP"},
				   "created": "2026-11-21T09:00:00.000+0000", "resolution": {"id": "10000", "name": "Done"},
				   "resolutiondate": "2026-11-21T10:00:00.000+0000",
				   "status": {"name": "Resolved", "statusCategory": {"key": "done"}}}},
				 "changelog": {"id": "20001", "items": [
				   {"field": "resolution", "fieldtype": "jira", "fieldId": "resolution", "from": null, "fromString": null, "to": "10000", "toString": "Done"},
				   {"field": "status", "fieldtype": "jira", "fieldId": "status", "from": "1", "fromString": "Open", "to": "5", "toString": "Resolved"}]}}
				"""
			.formatted(issueId);
	}

	@Test
	void aCloudResolutionIsRecordedThenPublished() {
		IntakeResult result = this.intake.accept(event(cloudResolved("10001"), "d-1"));

		assertThat(result).isEqualTo(IntakeResult.STORED);
		TicketCase recorded = this.stored.get().value();
		assertThat(recorded.isResolved()).isTrue();
		assertThat(recorded.resolutions()).singleElement().satisfies((change) -> {
			assertThat(change.id()).isEqualTo("d-1");
			assertThat(change.resolution()).contains("Done");
			assertThat(change.at()).isEqualTo(Instant.ofEpochMilli(1763719200000L));
		});
		assertThat(this.events).containsExactly(
				new TicketResolved("10001", "SUP-1", Optional.of("Done"), Instant.ofEpochMilli(1763719200000L)));
	}

	@Test
	void aRedeliveryChangesNothingButPublishesAgain() {
		this.intake.accept(event(cloudResolved("10001"), "d-1"));

		IntakeResult again = this.intake.accept(event(cloudResolved("10001"), "d-1"));

		assertThat(again).isEqualTo(IntakeResult.DUPLICATE);
		assertThat(this.stored.get().value().resolutions()).hasSize(1);
		assertThat(this.events).hasSize(2).allMatch(TicketResolved.class::isInstance);
	}

	@Test
	void theSameResolutionUnderAnotherDeliveryIsNotRecordedTwice() {
		this.intake.accept(event(cloudResolved("10001"), "d-1"));

		IntakeResult other = this.intake.accept(event(cloudResolved("10001"), null));

		assertThat(other).isEqualTo(IntakeResult.DUPLICATE);
		assertThat(this.stored.get().value().resolutions()).hasSize(1);
		assertThat(this.events).hasSize(1);
	}

	@Test
	void aDataCenterStatusMoveIntoDoneWithoutResolutionItemCounts() {
		given(this.jira.flavor()).willReturn(JiraFlavor.DATA_CENTER);
		String json = """
				{"timestamp": 1763719200000, "webhookEvent": "jira:issue_updated",
				 "issue": {"id": "10001", "key": "SUP-1", "fields": {"summary": "Export my data", "project": {"key": "SUP"},
				   "created": "2026-11-21T09:00:00.000+0000", "resolution": null,
				   "status": {"name": "Closed", "statusCategory": {"key": "done"}}}},
				 "changelog": {"id": "30001", "items": [
				   {"field": "status", "fieldtype": "jira", "from": "1", "fromString": "Open", "to": "6", "toString": "Closed"}]}}
				""";

		IntakeResult result = this.intake.accept(event(json, null));

		assertThat(result).isEqualTo(IntakeResult.STORED);
		assertThat(this.stored.get().value().resolutions()).singleElement()
			.satisfies((change) -> assertThat(change.id()).isEqualTo("changelog-30001"));
		assertThat(this.events).singleElement().isInstanceOf(TicketResolved.class);
	}

	@Test
	void clearingTheResolutionReopens() {
		this.intake.accept(event(cloudResolved("10001"), "d-1"));
		String reopened = """
				{"timestamp": 1763722800000, "webhookEvent": "jira:issue_updated",
				 "issue": {"id": "10001", "key": "SUP-1", "fields": {"summary": "Export my data", "project": {"key": "SUP"},
				   "created": "2026-11-21T09:00:00.000+0000", "resolution": null,
				   "status": {"name": "Reopened", "statusCategory": {"key": "new"}}}},
				 "changelog": {"id": "20002", "items": [
				   {"field": "resolution", "fieldId": "resolution", "from": "10000", "fromString": "Done", "to": null, "toString": null}]}}
				""";

		IntakeResult result = this.intake.accept(event(reopened, "d-2"));

		assertThat(result).isEqualTo(IntakeResult.STORED);
		assertThat(this.stored.get().value().isResolved()).isFalse();
		assertThat(this.events).last()
			.isEqualTo(new TicketReopened("10001", "SUP-1", Instant.ofEpochMilli(1763722800000L)));
	}

	@Test
	void otherUpdatesAndUnknownTicketsAreIgnored() {
		String summaryEdit = """
				{"webhookEvent": "jira:issue_updated",
				 "issue": {"id": "10001", "key": "SUP-1", "fields": {"summary": "x", "project": {"key": "SUP"},
				   "created": "2026-11-21T09:00:00.000+0000"}},
				 "changelog": {"id": "1", "items": [{"field": "summary", "from": null, "to": null}]}}
				""";

		assertThat(this.intake.accept(event(summaryEdit, "d-3"))).isEqualTo(IntakeResult.IGNORED);
		assertThat(this.intake.accept(event(cloudResolved("99999"), "d-4"))).isEqualTo(IntakeResult.IGNORED);
		assertThat(this.events).isEmpty();
	}

	@Test
	void catchUpRecordsAResolutionTheWebhooksMissedOnce() {
		JiraWebhookEvent event = event(cloudResolved("10001"), null);
		dev.tandem.jira.JiraIssue issue = dev.tandem.jira.JiraPayloads.issue(event.issue().orElseThrow(),
				JiraFlavor.CLOUD);

		assertThat(this.intake.caughtUp(issue)).isEqualTo(IntakeResult.STORED);
		assertThat(this.intake.caughtUp(issue)).isEqualTo(IntakeResult.DUPLICATE);
		assertThat(this.intake.accept(event(cloudResolved("10001"), "late-webhook"))).isEqualTo(IntakeResult.DUPLICATE);

		assertThat(this.stored.get().value().resolutions()).singleElement()
			.satisfies((change) -> assertThat(change.source()).isEqualTo("catch-up"));
		assertThat(this.events).hasSize(2).allMatch(TicketResolved.class::isInstance);
	}

}

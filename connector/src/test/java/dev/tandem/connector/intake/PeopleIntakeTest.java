package dev.tandem.connector.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.FirstLease;
import dev.tandem.connector.cases.PeopleOnCase;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.cases.TicketSnapshot;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.Versioned;
import dev.tandem.connector.triage.Triage;
import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraComment;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.JiraUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A person's first public reply and the customer's satisfaction rating, from webhooks
 * (Cloud JSON) and from catch-up polling.
 */
class PeopleIntakeTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private static final String REPORTER = "557058:customer-1";

	private final CaseStore cases = mock(CaseStore.class);

	private final JiraSite jira = mock(JiraSite.class);

	private final Triage triage = mock(Triage.class);

	private final List<Object> events = new ArrayList<>();

	private final AtomicReference<Versioned<TicketCase>> stored = new AtomicReference<>();

	private Intake intake;

	@BeforeEach
	void setUp() {
		TicketCase opened = TicketCase.received("10001", "SUP-1", "SUP", "webhook",
				new TicketSnapshot("Export my data", "", Optional.of(REPORTER), Optional.empty(), List.of(), List.of(),
						Map.of(), Optional.empty(), "Open", "Service Request", Optional.empty(),
						NOW.minusSeconds(3600)),
				NOW.minusSeconds(3600));
		this.stored.set(new Versioned<>("10001", opened, 1, 1));
		given(this.cases.find("10001")).willAnswer((invocation) -> Optional.of(this.stored.get()));
		given(this.cases.latestKnown("10001")).willAnswer((invocation) -> Optional.of(this.stored.get()));
		given(this.cases.save(any())).willAnswer((invocation) -> {
			Versioned<TicketCase> changed = invocation.getArgument(0);
			Versioned<TicketCase> next = new Versioned<>(changed.id(), changed.value(), changed.seqNo() + 1, 1);
			this.stored.set(next);
			return next;
		});
		given(this.jira.flavor()).willReturn(JiraFlavor.CLOUD);
		given(this.jira.myself()).willReturn(Optional.of(user("557058:tandem-bot")));
		given(this.triage.mask(anyString())).willAnswer((invocation) -> invocation.getArgument(0));
		this.intake = new Intake(this.cases, this.triage, this.jira, this.events::add, Optional.of("customfield_10034"),
				FirstLease.none(), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void anAgentsPublicCommentIsRecordedAsTheFirstHumanResponseAtItsJiraTime() {
		this.intake.accept(event(commentCreated("30001", "557058:agent-1", "2026-11-21T09:40:00.000+0000", ""), "d-1"));

		PeopleOnCase.FirstResponse first = people().firstResponse().orElseThrow();
		assertThat(first.at()).isEqualTo(Instant.parse("2026-11-21T09:40:00Z"));
		assertThat(first.commentId()).isEqualTo("30001");
		assertThat(first.authorId()).contains("557058:agent-1");
	}

	@Test
	void theCustomerTandemAndInternalNotesAreNoFirstResponse() {
		this.intake.accept(event(commentCreated("30001", REPORTER, "2026-11-21T09:10:00.000+0000", ""), "d-1"));
		this.intake
			.accept(event(commentCreated("30002", "557058:tandem-bot", "2026-11-21T09:11:00.000+0000", ""), "d-2"));
		this.intake.accept(event(
				commentCreated("30003", "557058:agent-1", "2026-11-21T09:12:00.000+0000", ", \"jsdPublic\": false"),
				"d-3"));

		assertThat(people().firstResponse()).isEmpty();
	}

	@Test
	void theEarliestReplyWinsWhicheverArrivesFirst() {
		this.intake.accept(event(commentCreated("30002", "557058:agent-2", "2026-11-21T09:50:00.000+0000", ""), "d-2"));
		this.intake.accept(event(commentCreated("30001", "557058:agent-1", "2026-11-21T09:40:00.000+0000", ""), "d-1"));

		assertThat(people().firstResponse().orElseThrow().commentId()).isEqualTo("30001");
	}

	@Test
	void aCommentDeliveredAsIssueUpdatedAndAsCommentCreatedIsTakenOnce() {
		String comment = commentJson("30001", "557058:agent-1", "2026-11-21T09:40:00.000+0000", "");
		IntakeResult updated = this.intake.accept(
				event("""
						{"timestamp": 1763719200000, "webhookEvent": "jira:issue_updated", "issue_event_type_name": "issue_commented",
						 "issue": {"id": "10001", "key": "SUP-1", "fields": {"summary": "Export my data"}},
						 "comment": %s}
						"""
					.formatted(comment), "d-1"));
		IntakeResult created = this.intake
			.accept(event(commentCreated("30001", "557058:agent-1", "2026-11-21T09:40:00.000+0000", ""), "d-2"));

		assertThat(updated).isEqualTo(IntakeResult.STORED);
		assertThat(created).isEqualTo(IntakeResult.DUPLICATE);
		assertThat(this.stored.get().value().replies()).hasSize(1);
		assertThat(people().firstResponse()).isPresent();
	}

	@Test
	void aSatisfactionRatingInTheChangelogIsRecordedAndARedeliveryChangesNothing() {
		String rated = satisfactionUpdate("4", "null");

		assertThat(this.intake.accept(event(rated, "d-1"))).isEqualTo(IntakeResult.STORED);
		assertThat(this.intake.accept(event(rated, "d-1"))).isEqualTo(IntakeResult.DUPLICATE);

		PeopleOnCase.Satisfaction satisfaction = people().satisfaction().orElseThrow();
		assertThat(satisfaction.rating()).isEqualTo(4);
		assertThat(satisfaction.at()).isEqualTo(Instant.ofEpochMilli(1763719200000L));
	}

	@Test
	void aChangedRatingReplacesTheOldOneAndTheFieldValueIsReadWhenTheChangelogHasNone() {
		this.intake.accept(event(satisfactionUpdate("2", "null"), "d-1"));

		this.intake.accept(event(satisfactionUpdate(null, "{\"rating\": 5}"), "d-2"));

		assertThat(people().satisfaction().orElseThrow().rating()).isEqualTo(5);
	}

	@Test
	void catchUpRecordsTheRatingAndTheFirstPersonsReplyFromJira() {
		JiraClient client = mock(JiraClient.class);
		given(this.jira.client()).willReturn(Optional.of(client));
		given(client.comments("SUP-1")).willReturn(List.of(
				comment("1", REPORTER, NOW.minus(Duration.ofMinutes(50)), JiraComment.Visibility.PUBLIC),
				comment("2", "557058:agent-1", NOW.minus(Duration.ofMinutes(40)), JiraComment.Visibility.INTERNAL),
				comment("3", "557058:agent-1", NOW.minus(Duration.ofMinutes(20)), JiraComment.Visibility.PUBLIC),
				comment("4", "557058:agent-2", NOW.minus(Duration.ofMinutes(30)), JiraComment.Visibility.PUBLIC)));

		IntakeResult result = this.intake.caughtUpPeople(issue(Map.of("customfield_10034", Map.of("rating", 3))));

		assertThat(result).isEqualTo(IntakeResult.STORED);
		assertThat(people().satisfaction().orElseThrow().rating()).isEqualTo(3);
		assertThat(people().firstResponse().orElseThrow().commentId()).isEqualTo("4");
		assertThat(people().firstResponse().orElseThrow().source()).isEqualTo("catch-up");
	}

	@Test
	void ratingsAreWholeStarsFromOneToFive() {
		assertThat(PeopleIntake.rating("4")).contains(4);
		assertThat(PeopleIntake.rating("5 stars")).contains(5);
		assertThat(PeopleIntake.rating(Map.of("rating", 1))).contains(1);
		assertThat(PeopleIntake.rating(3.0)).contains(3);
		assertThat(PeopleIntake.rating("4.5")).isEmpty();
		assertThat(PeopleIntake.rating("6")).isEmpty();
		assertThat(PeopleIntake.rating(0)).isEmpty();
		assertThat(PeopleIntake.rating("great")).isEmpty();
	}

	@Test
	void aSatisfactionFieldThatIsNotACustomFieldIdIsRefusedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IntakeProperties(DataSize.ofMegabytes(1), true, Duration.ofMinutes(1),
					Duration.ofMinutes(10), Optional.of("Satisfaction")))
			.withMessageContaining("tandem.intake.satisfaction-field")
			.withMessageContaining("'Satisfaction'");
	}

	private PeopleOnCase people() {
		return this.stored.get().value().people();
	}

	private static JiraWebhookEvent event(String json, String deliveryId) {
		return JiraWebhookEvent.parse(json.getBytes(StandardCharsets.UTF_8), Optional.ofNullable(deliveryId));
	}

	private static String commentCreated(String id, String author, String created, String extra) {
		return """
				{"timestamp": 1763719200000, "webhookEvent": "comment_created",
				 "issue": {"id": "10001", "key": "SUP-1", "fields": {"summary": "Export my data"}},
				 "comment": %s}
				""".formatted(commentJson(id, author, created, extra));
	}

	private static String commentJson(String id, String author, String created, String extra) {
		return """
				{"id": "%s", "author": {"accountId": "%s", "displayName": "Someone"},
				 "body": {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Hello"}]}]},
				 "created": "%s"%s}
				"""
			.formatted(id, author, created, extra);
	}

	private static String satisfactionUpdate(String to, String fieldValue) {
		String item = (to != null)
				? "{\"field\": \"Satisfaction\", \"fieldtype\": \"custom\", \"fieldId\": \"customfield_10034\", \"from\": null, \"fromString\": null, \"to\": \""
						+ to + "\", \"toString\": \"" + to + "\"}"
				: "{\"field\": \"Satisfaction date\", \"fieldtype\": \"custom\", \"fieldId\": \"customfield_10035\"}";
		return """
				{"timestamp": 1763719200000, "webhookEvent": "jira:issue_updated", "issue_event_type_name": "issue_generic",
				 "issue": {"id": "10001", "key": "SUP-1", "fields": {"summary": "Export my data", "customfield_10034": %s}},
				 "changelog": {"id": "20001", "items": [%s]}}
				"""
			.formatted(fieldValue, item);
	}

	private static JiraIssue issue(Map<String, Object> customFields) {
		return new JiraIssue("SUP-1", "10001", "SUP", "Export my data", "", Optional.of(user(REPORTER)),
				Optional.empty(), List.of(), Optional.empty(), "Resolved", "Service Request", NOW.minusSeconds(3600),
				Optional.of(NOW), Optional.empty(), List.of(), customFields, List.of());
	}

	private static JiraComment comment(String id, String author, Instant at, JiraComment.Visibility visibility) {
		return new JiraComment(id, Optional.of(user(author)), "text", visibility, at);
	}

	private static JiraUser user(String id) {
		return new JiraUser(id, id, Optional.empty(), Optional.empty(), true);
	}

}

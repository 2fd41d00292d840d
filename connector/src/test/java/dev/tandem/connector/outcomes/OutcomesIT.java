package dev.tandem.connector.outcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.FollowUpOutcome;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.intake.TicketReopened;
import dev.tandem.connector.intake.TicketResolved;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreProperties;
import dev.tandem.connector.store.Versioned;
import dev.tandem.connector.triage.PolicyProperties;
import dev.tandem.connector.triage.PolicyStore;
import dev.tandem.connector.triage.SentimentLabel;
import dev.tandem.connector.triage.TriagePolicy;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The learning loop against a real Elasticsearch: outcomes recorded on the cases from
 * Jira's events and the scheduled check (with a clock the test moves), effectiveness
 * counted from the cases, review flags and threshold feedback audited.
 */
class OutcomesIT {

	private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private IndexNames names;

	private CaseStore cases;

	private AuditLog audit;

	private PolicyStore policies;

	private AnswerOutcomes outcomes;

	private ArticleOutcomes articles;

	private ThresholdFeedback feedback;

	@BeforeEach
	void stores() {
		this.names = SharedElasticsearch.indexNames("outcomes");
		DocumentIndexes indexes = new DocumentIndexes(SharedElasticsearch.connection(), this.names,
				new StoreProperties(0));
		OutcomeProperties properties = OutcomeProperties.defaults();
		this.cases = new CaseStore(indexes);
		this.audit = new AuditLog(indexes, this.clock);
		this.policies = new PolicyStore(indexes,
				new PolicyProperties(true, 0, 0.5, List.of("en", "zh"), List.of(),
						List.of(SentimentLabel.VERY_NEGATIVE), true, true, List.of(), List.of(), List.of("vip"),
						Map.of(), Duration.ZERO, Map.of()),
				this.audit, this.clock);
		this.outcomes = new AnswerOutcomes(this.cases, properties, this.clock);
		this.articles = new ArticleOutcomes(this.cases, indexes, this.audit, properties, this.clock);
		this.feedback = new ThresholdFeedback(this.cases, this.policies, this.audit, properties, 0.95, this.clock);
	}

	@AfterEach
	void cleanUp() {
		SharedElasticsearch.deleteIndices(this.names);
	}

	@Test
	void recordsOutcomesFromJirasEventsAndTheScheduledCheck() {
		open(LearningLoopCases.answered("SUP-1", "refund-time", "billing", 0.97, START));
		open(LearningLoopCases.answered("SUP-2", "refund-time", "billing", 0.97, START));
		open(LearningLoopCases.answered("SUP-3", "refund-time", "billing", 0.97, START));
		TicketCase confirmed = LearningLoopCases.answered("SUP-4", "refund-time", "billing", 0.97, START);
		open(confirmed.change().followUp((answer) -> answer.confirmed(START.plusSeconds(600))).apply(START));

		Instant resolvedAt = START.plus(Duration.ofHours(5));
		this.outcomes.on(new TicketResolved("id-SUP-1", "SUP-1", Optional.of("Done"), resolvedAt));
		long seqNo = this.cases.find("id-SUP-1").orElseThrow().seqNo();
		this.outcomes.on(new TicketResolved("id-SUP-1", "SUP-1", Optional.of("Done"), resolvedAt));
		assertThat(this.cases.find("id-SUP-1").orElseThrow().seqNo()).as("a redelivery writes nothing")
			.isEqualTo(seqNo);
		assertThat(followUp("id-SUP-1").outcome()).isEqualTo(FollowUpOutcome.CLOSED_WITHOUT_REPLY);

		this.outcomes.on(new TicketResolved("id-SUP-2", "SUP-2", Optional.empty(), resolvedAt));
		this.outcomes.on(new TicketReopened("id-SUP-2", "SUP-2", START.plus(Duration.ofDays(2))));
		assertThat(followUp("id-SUP-2").outcome()).isEqualTo(FollowUpOutcome.REOPENED);
		this.outcomes.on(new TicketReopened("id-unknown", "SUP-99", START));

		this.clock.advance(Duration.ofDays(6));
		this.cases.refresh();
		assertThat(this.outcomes.checkDue()).as("SUP-3 timed out (5 days), nothing durable yet").isEqualTo(1);
		assertThat(followUp("id-SUP-3").outcome()).isEqualTo(FollowUpOutcome.CLOSED_WITHOUT_REPLY);
		assertThat(followUp("id-SUP-3").resolvedAt()).contains(START.plus(Duration.ofDays(5)));
		assertThat(followUp("id-SUP-1").durableAt()).isEmpty();

		this.clock.advance(Duration.ofDays(2));
		this.cases.refresh();
		assertThat(this.outcomes.checkDue()).as("SUP-1 and SUP-4 durable after 7 days").isEqualTo(2);
		assertThat(followUp("id-SUP-1").durableAt()).contains(resolvedAt.plus(Duration.ofDays(7)));
		assertThat(followUp("id-SUP-4").durableAt()).contains(START.plusSeconds(600).plus(Duration.ofDays(7)));
		assertThat(followUp("id-SUP-2").durableAt()).isEmpty();
		this.cases.refresh();
		assertThat(this.outcomes.checkDue()).as("the check is idempotent").isZero();

		this.outcomes.on(new TicketReopened("id-SUP-1", "SUP-1", this.clock.instant()));
		assertThat(followUp("id-SUP-1").outcome()).as("a reopen after the window leaves the durable resolution")
			.isEqualTo(FollowUpOutcome.CLOSED_WITHOUT_REPLY);

		this.cases.refresh();
		ArticleEffectiveness refund = this.articles.effectiveness("refund-time");
		assertThat(refund.shown()).isEqualTo(4);
		assertThat(refund.accepted()).isEqualTo(1);
		assertThat(refund.reopened()).isEqualTo(1);
		assertThat(refund.closedWithoutReply()).isEqualTo(2);
		assertThat(refund.durable()).isEqualTo(2);
		assertThat(refund.successes()).as("SUP-4 confirmed, SUP-1 durable").isEqualTo(2);
		assertThat(this.articles.effectiveness("never-shown")).isEqualTo(ArticleEffectiveness.none("never-shown"));
	}

	@Test
	void flagsAnArticleThatOftenFailsAndAuditsItOnce() {
		for (int i = 0; i < 12; i++) {
			boolean helped = i < 4;
			TicketCase answered = LearningLoopCases.answered("BAD-" + i, "old-vpn-guide", "network", 0.9, START);
			open(answered.change()
				.followUp((answer) -> helped ? answer.confirmed(START) : answer.rejected(START))
				.apply(START));
		}
		open(LearningLoopCases.answered("GOOD-1", "refund-time", "billing", 0.97, START));
		this.cases.refresh();

		assertThat(this.articles.reviewFlags()).extracting(ArticleEffectiveness::articleId)
			.containsExactly("old-vpn-guide");
		assertThat(this.articles.reviewFlags()).isEmpty();
		assertThat(this.articles.flagged()).singleElement().satisfies((article) -> {
			assertThat(article.failureRate())
				.hasValueSatisfying((rate) -> assertThat(rate).isCloseTo(8.0 / 12, within(1e-9)));
			assertThat(article.rejected()).isEqualTo(8);
			assertThat(article.accepted()).isEqualTo(4);
		});
		List<AuditEntry> entries = auditEntries("article.flagged-for-review");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).reasons().get(0)).contains("old-vpn-guide").contains("flagged for review");
	}

	@Test
	void tightensACategoryWhoseAnswersMissTheTargetAndNeverLoosens() {
		for (int i = 0; i < 5; i++) {
			open(settled("LOW-" + i, 0.80 + i * 0.01, false));
		}
		for (int i = 0; i < 20; i++) {
			open(settled("HIGH-" + i, 0.86 + i * 0.005, true));
		}
		for (int i = 0; i < 20; i++) {
			TicketCase other = LearningLoopCases.answered("ACC-" + i, "reset-password", "accounts", 0.9, START);
			open(other.change().followUp((answer) -> answer.confirmed(START)).apply(START));
		}
		this.cases.refresh();
		this.clock.advance(Duration.ofDays(1));

		List<ThresholdChange> changes = this.feedback.run();

		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.category()).isEqualTo("billing");
			assertThat(change.oldThreshold()).isZero();
			assertThat(change.newThreshold()).isEqualTo(0.84, within(1e-9));
		});
		TriagePolicy policy = this.policies.current();
		assertThat(policy.version()).isEqualTo(1);
		assertThat(policy.autoAnswerMinConfidence(Optional.of("billing"))).isCloseTo(0.84, within(1e-9));
		assertThat(policy.autoAnswerMinConfidence(Optional.of("accounts"))).isZero();
		List<AuditEntry> entries = auditEntries("threshold.tightened");
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.reasons().get(0)).contains("measured precision 0.800")
				.contains("20 right of 25")
				.contains("0.000 -> 0.840");
			assertThat(entry.details()).containsEntry("category", "billing")
				.containsEntry("oldThreshold", "0.000")
				.containsEntry("newThreshold", "0.840")
				.containsEntry("sample", "25");
		});

		assertThat(this.feedback.run()).as("measured again under the new threshold: on target").isEmpty();
		assertThat(this.policies.current().version()).isEqualTo(1);
		assertThat(this.feedback.precision()).anySatisfy((measured) -> {
			assertThat(measured.category()).isEqualTo("billing");
			assertThat(measured.sample()).isEqualTo(21);
		});
	}

	private TicketCase settled(String key, double confidence, boolean right) {
		TicketCase answered = LearningLoopCases.answered(key, "refund-time", "billing", confidence, START);
		return answered.change()
			.followUp((answer) -> right ? answer.confirmed(START) : answer.rejected(START))
			.apply(START);
	}

	private void open(TicketCase ticketCase) {
		assertThat(this.cases.open(ticketCase)).isTrue();
	}

	private AnswerFollowUp followUp(String issueId) {
		return this.cases.find(issueId).map(Versioned::value).flatMap(TicketCase::followUp).orElseThrow();
	}

	private List<AuditEntry> auditEntries(String action) {
		refreshAudit();
		return this.audit.latest(Optional.empty(), 100)
			.stream()
			.filter((entry) -> entry.action().equals(action))
			.toList();
	}

	private void refreshAudit() {
		try {
			SharedElasticsearch.connection()
				.client()
				.indices()
				.refresh((refresh) -> refresh.index(this.names.alias("audit")).ignoreUnavailable(true));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package dev.tandem.connector.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.audit.AuditQuery;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.PeopleOnCase;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreProperties;
import dev.tandem.connector.triage.Decision;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.testsupport.SharedElasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting and audit search on real Elasticsearch: the period, category and language
 * filters select the right cases; audit entries are found by actor, action family, issue,
 * words and time.
 */
class ReportingIT {

	private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

	private static IndexNames names;

	private static DocumentIndexes indexes;

	@BeforeAll
	static void seed() {
		names = SharedElasticsearch.indexNames("reporting");
		indexes = new DocumentIndexes(SharedElasticsearch.connection(), names, new StoreProperties(0));
		CaseStore cases = new CaseStore(indexes);
		Instant day = NOW.minus(Duration.ofDays(1));
		cases.open(SeededCases.of("1", day, Decision.AUTO_ANSWER, CaseOutcome.AUTO_ANSWERED, "billing", "refund", 0.2,
				null, 40));
		cases.open(SeededCases.of("2", day, Decision.AUTO_ANSWER, CaseOutcome.ESCALATED, "billing", "refund", -0.6,
				"Li", 50));
		TicketCase assisted = SeededCases.of("3", day, Decision.ASSIST, CaseOutcome.ASSIGNED, "access", "password",
				-0.3, "Li", -1);
		cases.open(assisted.withPeople(
				assisted.people()
					.withReply(new PeopleOnCase.FirstResponse(day.plus(Duration.ofMinutes(20)), "30001",
							Optional.of("li"), "webhook"))
					.withSatisfaction(new PeopleOnCase.Satisfaction(4, day.plus(Duration.ofHours(5)), "webhook")),
				day));
		cases.open(SeededCases.of("4", day, Decision.HUMAN, CaseOutcome.ASSIGNED, null, null, -0.8, "Ana", -1));
		// outside the 7-day period: the previous period's baseline
		cases.open(SeededCases.of("5", NOW.minus(Duration.ofDays(10)), Decision.HUMAN, CaseOutcome.ASSIGNED, "billing",
				null, 0, null, -1));
		cases.refresh();
		AuditLog audit = new AuditLog(indexes, java.time.Clock.fixed(NOW, ZoneId.of("UTC")));
		audit.record(new AuditEntry(day, "tandem", "triage.decided", Optional.of("SUP-1"), Optional.of("AUTO_ANSWER"),
				List.of("Article refund answers it with confidence 0.97"), Map.of(), false));
		audit.record(new AuditEntry(day.plusSeconds(5), "tandem", "jira.reply-posted", Optional.of("SUP-1"),
				Optional.empty(), List.of(), Map.of("commentId", "10001"), false));
		audit.record(new AuditEntry(day.plusSeconds(60), "alice", "policy.changed", Optional.empty(), Optional.empty(),
				List.of("threshold raised"),
				Map.of("before.autoAnswerMinConfidence", "0.0", "after.autoAnswerMinConfidence", "0.5"), false));
		indexes.index("audit", "/dev/tandem/connector/audit/audit-mapping.json", AuditEntry.class).refresh();
	}

	@AfterAll
	static void cleanUp() {
		SharedElasticsearch.deleteIndices(names);
	}

	@Test
	void reportCoversThePeriodOnlyAndComparesWithThePreviousOne() {
		ServiceDeskReport report = new Reporting(indexes).report(ReportQuery.lastDays(NOW, 7, ZoneId.of("UTC")));
		assertThat(report.ticketsIn()).isEqualTo(4);
		assertThat(report.tiers()).extracting(Share::count).containsExactly(2L, 1L, 1L);
		assertThat(report.escalation()).isEqualTo(new Rate(1, 2));
		assertThat(report.hotTopics()).filteredOn((t) -> t.category().equals("billing"))
			.singleElement()
			.satisfies((t) -> assertThat(t.previousCount()).isEqualTo(1));
		assertThat(report.truncated()).isFalse();
	}

	@Test
	void peoplesFirstResponseAndSatisfactionAreReadBackFromTheCases() {
		ServiceDeskReport report = new Reporting(indexes).report(ReportQuery.lastDays(NOW, 7, ZoneId.of("UTC")));

		assertThat(report.humanFirstResponse().value()).hasValueSatisfying((human) -> {
			assertThat(human.median()).isEqualTo(Duration.ofMinutes(20));
			assertThat(human.count()).isEqualTo(1);
		});
		assertThat(report.csat().value()).contains(4.0);
	}

	@Test
	void categoryAndLanguageFiltersSelectInElasticsearch() {
		Reporting reporting = new Reporting(indexes);
		ReportQuery week = ReportQuery.lastDays(NOW, 7, ZoneId.of("UTC"));
		assertThat(reporting
			.report(new ReportQuery(week.from(), week.to(), Optional.of("billing"), Optional.empty(), week.zone()))
			.ticketsIn()).isEqualTo(2);
		assertThat(reporting
			.report(new ReportQuery(week.from(), week.to(), Optional.of("uncategorised"), Optional.empty(),
					week.zone()))
			.ticketsIn()).isEqualTo(1);
		assertThat(reporting
			.report(new ReportQuery(week.from(), week.to(), Optional.empty(), Optional.of("zh"), week.zone()))
			.ticketsIn()).isZero();
	}

	@Test
	void auditSearchFindsByActorActionFamilyIssueAndWords() {
		AuditLog audit = new AuditLog(indexes, java.time.Clock.systemUTC());
		assertThat(audit.search(query(null, "jira.", null, null))).extracting(AuditEntry::action)
			.containsExactly("jira.reply-posted");
		assertThat(audit.search(query("alice", null, null, null))).extracting(AuditEntry::action)
			.containsExactly("policy.changed");
		assertThat(audit.count(query(null, null, "SUP-1", null))).isEqualTo(2);
		assertThat(audit.search(query(null, null, null, "threshold"))).singleElement()
			.satisfies((entry) -> assertThat(entry.details()).containsEntry("after.autoAnswerMinConfidence", "0.5"));
		assertThat(audit.search(query(null, null, null, "sup-1"))).hasSize(2);
	}

	@Test
	void auditSearchPagesNewestFirst() {
		AuditLog audit = new AuditLog(indexes, java.time.Clock.systemUTC());
		assertThat(audit.search(AuditQuery.everything(0, 2))).extracting(AuditEntry::action)
			.containsExactly("policy.changed", "jira.reply-posted");
		assertThat(audit.search(AuditQuery.everything(2, 2))).extracting(AuditEntry::action)
			.containsExactly("triage.decided");
	}

	private static AuditQuery query(String actor, String action, String issue, String text) {
		return new AuditQuery(Optional.empty(), Optional.empty(), Optional.ofNullable(actor),
				Optional.ofNullable(action), Optional.ofNullable(issue), Optional.ofNullable(text), 0, 50);
	}

}

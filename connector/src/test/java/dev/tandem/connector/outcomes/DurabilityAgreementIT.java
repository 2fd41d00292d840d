package dev.tandem.connector.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.intake.TicketReopened;
import dev.tandem.connector.intake.TicketResolved;
import dev.tandem.connector.reporting.Rate;
import dev.tandem.connector.reporting.ReportQuery;
import dev.tandem.connector.reporting.Reporting;
import dev.tandem.connector.reporting.ServiceDeskReport;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreProperties;
import dev.tandem.connector.store.Versioned;
import dev.tandem.connector.triage.Decision;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards and the article outcomes count automatic and durable resolution with one
 * definition ({@link Durability}): on the same cases, in a real Elasticsearch, after
 * Jira's events and the scheduled check, their numbers are the same, and the definition's
 * Elasticsearch query selects exactly the cases its Java predicate does.
 */
class DurabilityAgreementIT {

	private static final Instant START = Instant.parse("2026-10-01T09:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private final OutcomeProperties properties = OutcomeProperties.defaults();

	private IndexNames names;

	private DocumentIndexes indexes;

	private CaseStore cases;

	private AnswerOutcomes outcomes;

	@BeforeEach
	void stores() {
		this.names = SharedElasticsearch.indexNames("durability");
		this.indexes = new DocumentIndexes(SharedElasticsearch.connection(), this.names, new StoreProperties(0));
		this.cases = new CaseStore(this.indexes);
		this.outcomes = new AnswerOutcomes(this.cases, this.properties, this.clock);
	}

	@AfterEach
	void cleanUp() {
		SharedElasticsearch.deleteIndices(this.names);
	}

	@Test
	void dashboardsAndArticleOutcomesAgreeOnTheSameCases() {
		Instant resolved = START.plus(Duration.ofHours(3));
		// confirmed by the customer, long ago: durable
		answered("SUP-1", (answer) -> answer.confirmed(START.plusSeconds(600)));
		// resolved in Jira without a reply; the scheduled check marks it durable
		answered("SUP-2", (answer) -> answer);
		this.outcomes.on(new TicketResolved("id-SUP-2", "SUP-2", Optional.of("Done"), resolved));
		// resolved, reopened within the window: a failure
		answered("SUP-3", (answer) -> answer);
		this.outcomes.on(new TicketResolved("id-SUP-3", "SUP-3", Optional.empty(), resolved));
		this.outcomes.on(new TicketReopened("id-SUP-3", "SUP-3", START.plus(Duration.ofDays(2))));
		// rejected by the customer
		answered("SUP-4", (answer) -> answer.rejected(START.plusSeconds(900)));
		// no reply: closed without reply by the check on day 8 (reply timeout, resolved
		// on day 5), durable from day 12, when no check runs any more
		answered("SUP-5", (answer) -> answer);
		this.clock.advance(Duration.ofDays(8));
		this.cases.refresh();
		this.outcomes.checkDue();
		// resolved in Jira two days before the end: resolved, not durable yet
		answered("SUP-6", (answer) -> answer);
		this.clock.advance(Duration.ofDays(10));
		this.outcomes.on(new TicketResolved("id-SUP-6", "SUP-6", Optional.of("Done"), this.clock.instant()));
		this.clock.advance(Duration.ofDays(2));
		this.cases.refresh();
		Instant now = this.clock.instant();
		Durability durability = Durability.of(this.properties);

		List<ArticleEffectiveness> articles = new ArticleOutcomes(this.cases, this.indexes,
				new AuditLog(this.indexes, this.clock), this.properties, this.clock)
			.all();
		long durableByArticles = articles.stream().mapToLong(ArticleEffectiveness::durable).sum();
		long resolvedByArticles = articles.stream()
			.mapToLong((article) -> article.accepted() + article.closedWithoutReply())
			.sum();
		ServiceDeskReport report = new Reporting(this.indexes, this.properties.durableAfter())
			.report(new ReportQuery(START.minusSeconds(60), now, Optional.empty(), Optional.empty(), ZoneId.of("UTC")));

		assertThat(durableByArticles).isEqualTo(3);
		assertThat(resolvedByArticles).isEqualTo(4);
		// every case arrived on START, more than the window before the end: all judged
		assertThat(report.durableResolution().value()).contains(new Rate(durableByArticles, 6));
		assertThat(report.automatedResolution()).isEqualTo(new Rate(resolvedByArticles, 6));

		List<TicketCase> all = this.cases
			.matching(co.elastic.clients.elasticsearch._types.query_dsl.Query.of((q) -> q.matchAll((m) -> m)), 100)
			.stream()
			.map(Versioned::value)
			.toList();
		Set<String> durableInJava = all.stream()
			.filter((c) -> c.followUp().filter((answer) -> durability.isDurable(answer, now)).isPresent())
			.map(TicketCase::issueKey)
			.collect(Collectors.toSet());
		Set<String> durableInElasticsearch = this.cases.matching(durability.durableQuery(now), 100)
			.stream()
			.map((found) -> found.value().issueKey())
			.collect(Collectors.toSet());
		assertThat(durableInJava).containsExactlyInAnyOrder("SUP-1", "SUP-2", "SUP-5");
		assertThat(durableInElasticsearch).isEqualTo(durableInJava);
		assertThat(this.cases.find("id-SUP-5").orElseThrow().value().followUp().orElseThrow().durableAt())
			.as("durable by its resolution time, before the scheduled check recorded it")
			.isEmpty();
	}

	private void answered(String key, java.util.function.UnaryOperator<AnswerFollowUp> outcome) {
		TicketCase answered = LearningLoopCases.answered(key, "article-" + key, "billing", 0.95, START);
		assertThat(answered.triage().orElseThrow().decision()).isEqualTo(Decision.AUTO_ANSWER);
		assertThat(this.cases.open(answered.change().followUp(outcome).apply(START))).isTrue();
	}

}

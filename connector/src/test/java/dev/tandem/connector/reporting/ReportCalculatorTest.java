package dev.tandem.connector.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.PeopleOnCase;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.reporting.ServiceDeskReport.HeatCell;
import dev.tandem.connector.reporting.internal.ReportCalculator;
import dev.tandem.connector.triage.Decision;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCalculatorTest {

	/** A Monday, 09:30 UTC. */
	private static final Instant MONDAY = Instant.parse("2026-11-16T09:30:00Z");

	private static final ReportQuery WEEK = new ReportQuery(MONDAY.minus(Duration.ofDays(1)),
			MONDAY.plus(Duration.ofDays(6)), Optional.empty(), Optional.empty(), ZoneId.of("UTC"));

	private static final List<TicketCase> CASES = List.of(
			SeededCases.of("1", MONDAY, Decision.AUTO_ANSWER, CaseOutcome.AUTO_ANSWERED, "billing", "refund", 0.0, null,
					30),
			SeededCases.of("2", MONDAY, Decision.AUTO_ANSWER, CaseOutcome.RESOLVED_BY_CUSTOMER, "billing", "refund",
					0.4, null, 60),
			SeededCases.of("3", MONDAY.plusSeconds(3600), Decision.AUTO_ANSWER, CaseOutcome.ESCALATED, "billing",
					"invoice", -0.5, "Li", 90),
			SeededCases.of("4", MONDAY.plusSeconds(7200), Decision.ASSIST, CaseOutcome.ASSIGNED, "access", "password",
					-0.7, "Li", -1),
			SeededCases.of("5", MONDAY.plus(Duration.ofDays(1)), Decision.HUMAN, CaseOutcome.ASSIGNED, null, null, -0.9,
					"Ana", -1),
			SeededCases.of("6", MONDAY.plus(Duration.ofDays(1)), Decision.AUTO_ANSWER, CaseOutcome.AUTO_ANSWERED,
					"access", "password", 0.1, null, 120));

	private final ServiceDeskReport report = ReportCalculator.calculate(WEEK, CASES, List.of(SeededCases.of("0",
			MONDAY.minus(Duration.ofDays(3)), Decision.HUMAN, CaseOutcome.ASSIGNED, "billing", null, 0, null, -1)),
			false);

	@Test
	void tierSharesAreOfTriagedTicketsAndAddUpToOneHundred() {
		assertThat(this.report.ticketsIn()).isEqualTo(6);
		assertThat(this.report.tiers()).extracting(Share::key, Share::count, Share::percent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("AUTO_ANSWER", 4L, 66.7),
					org.assertj.core.groups.Tuple.tuple("ASSIST", 1L, 16.7),
					org.assertj.core.groups.Tuple.tuple("HUMAN", 1L, 16.6));
	}

	@Test
	void automatedResolutionCountsAnswersThatResolvedTheTicket() {
		// only SUP-2 was confirmed; SUP-1 and SUP-6 still wait for the customer, SUP-3
		// was
		// rejected
		assertThat(this.report.automatedResolution()).isEqualTo(new Rate(1, 6));
		assertThat(this.report.automatedResolution().percent()).contains(16.7);
	}

	@Test
	void escalationIsOfAutoAnsweredTickets() {
		assertThat(this.report.escalation()).isEqualTo(new Rate(1, 4));
	}

	@Test
	void metricsWithoutRecordedDataAreMissingWithAReasonNotZero() {
		assertThat(this.report.durableResolution().value()).isEmpty();
		assertThat(this.report.reopen().missing()).contains("not-recorded");
		assertThat(this.report.humanFirstResponse().missing()).contains("no-human-replies");
		assertThat(this.report.csat().missing()).contains("not-provided-by-jira");
	}

	@Test
	void humanFirstResponseRunsFromArrivalToAPersonsFirstPublicReply() {
		List<TicketCase> cases = List.of(repliedAfter(CASES.get(2), Duration.ofMinutes(10)),
				repliedAfter(CASES.get(3), Duration.ofMinutes(30)), repliedAfter(CASES.get(4), Duration.ofHours(2)),
				CASES.get(0));

		ServiceDeskReport.ResponseTime human = ReportCalculator.calculate(WEEK, cases, List.of(), false)
			.humanFirstResponse()
			.value()
			.orElseThrow();

		assertThat(human.count()).as("tickets nobody replied to are not counted").isEqualTo(3);
		assertThat(human.median()).isEqualTo(Duration.ofMinutes(30));
		assertThat(human.p90()).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void csatIsTheMeanRatingOfTheRatedTickets() {
		List<TicketCase> cases = List.of(rated(CASES.get(0), 5), rated(CASES.get(1), 4), rated(CASES.get(2), 2),
				CASES.get(3));

		assertThat(ReportCalculator.calculate(WEEK, cases, List.of(), false).csat().value()).contains(3.7);
	}

	private static TicketCase repliedAfter(TicketCase ticketCase, Duration after) {
		return ticketCase
			.withPeople(
					ticketCase.people()
						.withReply(new PeopleOnCase.FirstResponse(ticketCase.receivedAt().plus(after),
								"c-" + ticketCase.issueId(), Optional.of("agent"), "webhook")),
					ticketCase.receivedAt());
	}

	private static TicketCase rated(TicketCase ticketCase, int rating) {
		return ticketCase.withPeople(ticketCase.people()
			.withSatisfaction(
					new PeopleOnCase.Satisfaction(rating, ticketCase.receivedAt().plusSeconds(86400), "webhook")),
				ticketCase.receivedAt());
	}

	@Test
	void durableResolutionIsTheAnswerOutcomesDurabilityAndReopenComesFromJira() {
		Instant old = MONDAY.minus(Duration.ofDays(20));
		TicketCase stayed = resolved(SeededCases.of("a", old, Decision.AUTO_ANSWER, CaseOutcome.AUTO_ANSWERED,
				"billing", "refund", 0, null, 30), old.plusSeconds(3600));
		TicketCase reopened = reopened(resolved(SeededCases.of("b", old, Decision.AUTO_ANSWER,
				CaseOutcome.AUTO_ANSWERED, "billing", "refund", 0, null, 30), old.plusSeconds(3600)),
				old.plus(Duration.ofDays(2)));
		TicketCase recent = resolved(SeededCases.of("c", MONDAY, Decision.AUTO_ANSWER, CaseOutcome.AUTO_ANSWERED,
				"billing", "refund", 0, null, 30), MONDAY.plusSeconds(60));
		TicketCase human = SeededCases.of("d", old, Decision.HUMAN, CaseOutcome.ASSIGNED, "access", null, 0, "Li", -1);
		ReportQuery period = new ReportQuery(old.minusSeconds(1), MONDAY.plus(Duration.ofDays(1)), Optional.empty(),
				Optional.empty(), ZoneId.of("UTC"));
		ServiceDeskReport withResolutions = ReportCalculator.calculate(period, List.of(stayed, reopened, recent, human),
				List.of(), false);

		assertThat(withResolutions.reopen().value()).contains(new Rate(1, 3));
		// judged: the three received 20 days before the end (the recent one is too
		// young);
		// durable: the one that stood 7 days
		assertThat(withResolutions.durableResolution().value()).contains(new Rate(1, 3));
		// resolved automatically: closed without reply and not reopened (the recent one
		// too)
		assertThat(withResolutions.automatedResolution()).isEqualTo(new Rate(2, 4));

		// a configured one-day window (tandem.outcomes.durable-after): the scheduled
		// check
		// recorded the second ticket durable before it was reopened after two days (a new
		// problem), and the recent one can be judged now but was resolved less than a day
		// before the end
		Duration day = Duration.ofDays(1);
		TicketCase checkedBeforeReopen = reopened(
				durableBy(resolved(SeededCases.of("b", old, Decision.AUTO_ANSWER, CaseOutcome.AUTO_ANSWERED, "billing",
						"refund", 0, null, 30), old.plusSeconds(3600)), day, old.plus(Duration.ofHours(30))),
				old.plus(Duration.ofDays(2)));
		ServiceDeskReport oneDay = ReportCalculator.calculate(period,
				List.of(stayed, checkedBeforeReopen, recent, human), List.of(), false, day);
		assertThat(oneDay.durableResolution().value()).contains(new Rate(2, 4));
	}

	@Test
	void durableResolutionWaitsUntilTicketsAreOldEnoughToJudge() {
		// every ticket of the week arrived less than 7 days before its end
		assertThat(this.report.durableResolution().missing()).contains("too-recent");
	}

	/** Resolved in Jira: the case records it, and the answer's outcome follows. */
	private static TicketCase resolved(TicketCase ticketCase, Instant at) {
		return ticketCase
			.withResolution(new dev.tandem.connector.cases.ResolutionChange("r-" + at, true, Optional.of("Done"), at,
					"webhook"), Optional.empty(), at)
			.change()
			.followUp((answer) -> answer.resolved(at))
			.apply(at);
	}

	private static TicketCase reopened(TicketCase ticketCase, Instant at) {
		return ticketCase
			.withResolution(
					new dev.tandem.connector.cases.ResolutionChange("o-" + at, false, Optional.empty(), at, "webhook"),
					Optional.empty(), at)
			.change()
			.followUp((answer) -> answer.reopened(at))
			.apply(at);
	}

	/** The scheduled check marking durable resolutions. */
	private static TicketCase durableBy(TicketCase ticketCase, Duration window, Instant now) {
		return ticketCase.change().followUp((answer) -> answer.durableBy(window, now)).apply(now);
	}

	@Test
	void botFirstResponseIsMedianAndNinetiethPercentileOfFirstPublicReplies() {
		ServiceDeskReport.ResponseTime time = this.report.botFirstResponse().value().orElseThrow();
		assertThat(time.count()).isEqualTo(4);
		assertThat(time.median()).isEqualTo(Duration.ofSeconds(60));
		assertThat(time.p90()).isEqualTo(Duration.ofSeconds(120));
	}

	@Test
	void failingArticlesAreThoseWhoseAnswersWereSentOnToAPerson() {
		assertThat(this.report.failingArticles()).singleElement()
			.satisfies((use) -> assertThat(use.articleId()).isEqualTo("invoice"));
		assertThat(this.report.topArticles().get(0).articleId()).isEqualTo("refund");
		assertThat(this.report.topArticles().get(0).answered()).isEqualTo(2);
	}

	@Test
	void heatMapUsesHourOfWeekInTheChosenZone() {
		assertThat(this.report.heatMap()).contains(new HeatCell(9, "billing", 2), new HeatCell(33, "uncategorised", 1));
		ServiceDeskReport shanghai = ReportCalculator.calculate(
				new ReportQuery(WEEK.from(), WEEK.to(), Optional.empty(), Optional.empty(), ZoneId.of("Asia/Shanghai")),
				CASES, List.of(), false);
		// 09:30 UTC is 17:30 in Shanghai
		assertThat(shanghai.heatMap()).contains(new HeatCell(17, "billing", 2));
	}

	@Test
	void hotTopicsPutNewCategoriesFirstThenGrowth() {
		assertThat(this.report.hotTopics()).extracting(ServiceDeskReport.TopicGrowth::category)
			.containsExactly("access", "uncategorised", "billing");
		assertThat(this.report.hotTopics().get(2).growthPercent()).contains(200.0);
	}

	@Test
	void sentimentTrendAveragesPerDayWithNegativeShare() {
		assertThat(this.report.sentimentTrend()).hasSize(2);
		ServiceDeskReport.DayPoint monday = this.report.sentimentTrend().get(0);
		assertThat(monday.tickets()).isEqualTo(4);
		assertThat(monday.averageScore()).isEqualTo(-0.2);
		assertThat(monday.negativePercent()).isEqualTo(50.0);
	}

	@Test
	void agentLoadCountsAssignmentsAndOpenOnes() {
		assertThat(this.report.agentLoad()).extracting(ServiceDeskReport.AgentLoad::agent).containsExactly("Li", "Ana");
		assertThat(this.report.agentLoad().get(0).assigned()).isEqualTo(2);
		assertThat(this.report.agentLoad().get(0).open()).isEqualTo(1);
	}

}

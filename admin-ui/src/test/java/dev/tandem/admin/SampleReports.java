package dev.tandem.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import dev.tandem.connector.reporting.Availability;
import dev.tandem.connector.reporting.Rate;
import dev.tandem.connector.reporting.ReportQuery;
import dev.tandem.connector.reporting.Share;
import dev.tandem.connector.reporting.ServiceDeskReport;
import dev.tandem.connector.reporting.ServiceDeskReport.AgentLoad;
import dev.tandem.connector.reporting.ServiceDeskReport.ArticleUse;
import dev.tandem.connector.reporting.ServiceDeskReport.DayPoint;
import dev.tandem.connector.reporting.ServiceDeskReport.HeatCell;
import dev.tandem.connector.reporting.ServiceDeskReport.ResponseTime;
import dev.tandem.connector.reporting.ServiceDeskReport.TopicGrowth;

/**
 * Reports for view tests (the connector computes real ones; see its
 * ReportCalculatorTest).
 */
public final class SampleReports {

	private SampleReports() {
	}

	public static ServiceDeskReport empty(ReportQuery query) {
		return new ServiceDeskReport(query, 0, 0, List.of(), new Rate(0, 0), Availability.missing("not-recorded"),
				new Rate(0, 0), Availability.missing("not-recorded"), Availability.missing("no-bot-replies"),
				Availability.missing("not-recorded"), Availability.missing("not-provided-by-jira"), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false);
	}

	/** 40 tickets: 26 answered by Tandem, 10 assisted, 4 by people. */
	public static ServiceDeskReport sample(ReportQuery query) {
		return new ServiceDeskReport(query, 40, 40,
				List.of(new Share("AUTO_ANSWER", 26, 65.0), new Share("ASSIST", 10, 25.0), new Share("HUMAN", 4, 10.0)),
				new Rate(23, 40), Availability.missing("not-recorded"), new Rate(3, 26),
				Availability.missing("not-recorded"),
				Availability.of(new ResponseTime(Duration.ofSeconds(42), Duration.ofSeconds(95), 26)),
				Availability.missing("not-recorded"), Availability.missing("not-provided-by-jira"),
				List.of(new Share("billing", 22, 55.0), new Share("=cmd|' /C calc'!A0", 18, 45.0)),
				List.of(new Share("en", 30, 75.0), new Share("zh", 10, 25.0)),
				List.of(new DayPoint(LocalDate.parse("2026-11-19"), 20, 0.1, 20.0),
						new DayPoint(LocalDate.parse("2026-11-20"), 20, -0.3, 45.0)),
				List.of(new HeatCell(9, "billing", 12), new HeatCell(10, "access", 5)),
				List.of(new TopicGrowth("access", 18, 6, java.util.Optional.of(200.0))),
				List.of(new ArticleUse("refund-time", "How long a refund takes", 14, 1)),
				List.of(new ArticleUse("invoice-copy", "Getting a copy of an invoice", 6, 2)),
				List.of(new AgentLoad("Li Wei", 8, 3), new AgentLoad("Ana Souza", 6, 1)), false);
	}

}

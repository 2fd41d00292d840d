package dev.tandem.admin.dashboards;

import java.util.function.BiFunction;

import dev.tandem.admin.export.CsvTable;
import dev.tandem.connector.reporting.Share;
import dev.tandem.connector.reporting.ServiceDeskReport;

/**
 * A report as one CSV file: the headline numbers with their definitions, then each
 * breakdown as its own section (a title row, a header row, the rows, an empty line).
 */
final class ReportCsv {

	private ReportCsv() {
	}

	static CsvTable of(ServiceDeskReport report, BiFunction<String, Object[], String> text) {
		CsvTable csv = new CsvTable();
		csv.row(text.apply("dashboards.csv.period", new Object[0]), report.query().from(), report.query().to(),
				report.query().category().orElse(""), report.query().language().orElse(""), report.query().zone());
		csv.blank().row("metric", "value", "basis", "definition");
		for (Metric metric : Metric.of(report, text)) {
			csv.row(text.apply(metric.titleKey(), new Object[0]), metric.value().orElse(""), metric.basis(),
					text.apply(metric.definitionKey(), new Object[0]));
		}
		shares(csv, "tier", report, report.tiers());
		shares(csv, "category", report, report.categories());
		shares(csv, "language", report, report.languages());
		csv.blank().row("day", "tickets", "average sentiment", "negative percent");
		report.sentimentTrend().forEach((p) -> csv.row(p.day(), p.tickets(), p.averageScore(), p.negativePercent()));
		csv.blank().row("hour of week (0 = Monday 00:00, " + report.query().zone() + ")", "category", "tickets");
		report.heatMap().forEach((c) -> csv.row(c.hourOfWeek(), c.category(), c.count()));
		csv.blank().row("hot topic", "tickets", "previous period", "growth percent");
		report.hotTopics()
			.forEach((t) -> csv.row(t.category(), t.count(), t.previousCount(), t.growthPercent().orElse(null)));
		csv.blank().row("article", "title", "automatic answers", "sent on to a person");
		report.topArticles().forEach((a) -> csv.row(a.articleId(), a.title(), a.answered(), a.escalated()));
		csv.blank().row("failing article", "title", "automatic answers", "sent on to a person");
		report.failingArticles().forEach((a) -> csv.row(a.articleId(), a.title(), a.answered(), a.escalated()));
		csv.blank().row("agent", "assigned", "open");
		report.agentLoad().forEach((a) -> csv.row(a.agent(), a.assigned(), a.open()));
		return csv;
	}

	private static void shares(CsvTable csv, String what, ServiceDeskReport report, Iterable<Share> shares) {
		csv.blank().row(what, "tickets", "percent");
		shares.forEach((s) -> csv.row(s.key(), s.count(), s.percent()));
	}

}

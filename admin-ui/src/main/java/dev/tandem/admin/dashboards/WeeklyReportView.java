package dev.tandem.admin.dashboards;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.security.Role;
import dev.tandem.connector.reporting.ReportQuery;
import dev.tandem.connector.reporting.Share;
import dev.tandem.connector.reporting.ServiceDeskReport;
import dev.tandem.connector.store.StoreUnavailableException;

/**
 * The last seven days on one printable page (no navigation; {@code @media print} in
 * tandem.css hides the print button): headline numbers with definitions, tiers against
 * targets, categories, hot topics, articles and agents, as tables that print well.
 */
@Route(value = "dashboards/weekly", autoLayout = false)
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER, Role.Name.MANAGER })
class WeeklyReportView extends VerticalLayout implements HasDynamicTitle {

	WeeklyReportView(DashboardService service, Clock clock) {
		setId("view-weekly-report");
		addClassName("tandem-weekly");
		ReportQuery query = ReportQuery.lastDays(clock.instant(), 7, ZoneId.of("UTC"));
		DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(query.zone());
		Button print = new Button(getTranslation("dashboards.weekly.print"),
				(e) -> getUI().ifPresent((ui) -> ui.getPage().executeJs("window.print()")));
		print.setId("weekly-print");
		print.addClassName("tandem-no-print");
		add(print, new H1(getTranslation("dashboards.weekly.title")),
				new Paragraph(getTranslation("dashboards.weekly.period", day.format(query.from()),
						day.format(query.to()), query.zone())));
		try {
			service.report(query)
				.ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("dashboards.no-connector.text"))));
		}
		catch (StoreUnavailableException ex) {
			add(new Paragraph(getTranslation("dashboards.unavailable", ex.getMessage())));
		}
	}

	private void show(ServiceDeskReport report) {
		add(new H2(getTranslation("dashboards.weekly.numbers")));
		Div numbers = table();
		for (Metric metric : Metric.of(report, this::getTranslation)) {
			numbers
				.add(row(getTranslation(metric.titleKey()), metric.value().orElse(getTranslation("dashboards.no-data")),
						metric.basis(), getTranslation(metric.definitionKey())));
		}
		add(numbers);
		add(new H2(getTranslation("dashboards.panel.tiers.title")));
		Div tiers = table();
		for (ServiceDeskReport.TierTarget target : ServiceDeskReport.TIER_TARGETS) {
			Share share = report.tiers()
				.stream()
				.filter((s) -> s.key().equals(target.decision()))
				.findFirst()
				.orElse(new Share(target.decision(), 0, 0));
			tiers.add(row(getTranslation("dashboards.tier." + target.decision()), Metric.percent(share.percent()),
					String.valueOf(share.count()),
					getTranslation("dashboards.weekly.target", target.minPercent(), target.maxPercent())));
		}
		add(tiers);
		section("categories",
				report.categories()
					.stream()
					.map((s) -> List.of(s.key(), String.valueOf(s.count()), Metric.percent(s.percent())))
					.toList());
		section("hot-topics",
				report.hotTopics()
					.stream()
					.map((t) -> List.of(t.category(), String.valueOf(t.count()), String.valueOf(t.previousCount()),
							t.growthPercent().map(Metric::percent).orElse(getTranslation("dashboards.new-topic"))))
					.toList());
		section("top-articles",
				report.topArticles()
					.stream()
					.map((a) -> List.of(a.title(), String.valueOf(a.answered()), String.valueOf(a.escalated())))
					.toList());
		section("failing-articles",
				report.failingArticles()
					.stream()
					.map((a) -> List.of(a.title(), String.valueOf(a.answered()), String.valueOf(a.escalated())))
					.toList());
		section("agent-load",
				report.agentLoad()
					.stream()
					.map((a) -> List.of(a.agent(), String.valueOf(a.assigned()), String.valueOf(a.open())))
					.toList());
	}

	private void section(String id, List<List<String>> rows) {
		add(new H2(getTranslation("dashboards.panel." + id + ".title")));
		Div table = table();
		table.setId("weekly-" + id);
		Div header = row(getTranslation("dashboards.weekly.columns." + id).split("\\|"));
		header.addClassName("tandem-weekly-header");
		table.add(header);
		rows.forEach((cells) -> table.add(row(cells.toArray(String[]::new))));
		if (rows.isEmpty()) {
			table.add(row(getTranslation("dashboards.no-data")));
		}
		add(table);
	}

	private static Div table() {
		Div table = new Div();
		table.addClassName("tandem-weekly-table");
		return table;
	}

	private static Div row(String... cells) {
		Div row = new Div();
		row.addClassName("tandem-weekly-row");
		for (String cell : cells) {
			row.add(new Span(cell));
		}
		return row;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboards.weekly.title") + " · Tandem";
	}

}

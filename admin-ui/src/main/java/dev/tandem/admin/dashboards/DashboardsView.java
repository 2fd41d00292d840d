package dev.tandem.admin.dashboards;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.chart.EChart;
import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;
import dev.tandem.connector.reporting.ReportQuery;
import dev.tandem.connector.reporting.Share;
import dev.tandem.connector.reporting.ServiceDeskReport;
import dev.tandem.connector.store.StoreUnavailableException;

/**
 * Service-desk results over a period: headline numbers with their definitions on hover,
 * the three tiers against their targets, sentiment, the week's heat map, hot topics,
 * articles and agents' load; CSV export and a printable weekly report.
 */
@Route("dashboards")
@Menu(order = 10, title = "nav.dashboards", icon = "vaadin:dashboard")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER, Role.Name.MANAGER })
class DashboardsView extends TandemView implements BeforeEnterObserver {

	private final DashboardService service;

	private final Clock clock;

	private final DashboardFilters filters;

	private final Div content = new Div();

	private final Anchor csv = new Anchor();

	private Optional<ServiceDeskReport> shown = Optional.empty();

	private boolean refreshing;

	DashboardsView(DashboardService service, Clock clock) {
		super("dashboards", "nav.dashboards");
		this.service = service;
		this.clock = clock;
		this.filters = new DashboardFilters(this::refresh);
		this.content.setId("dashboard-content");
		this.content.setWidthFull();
		this.csv.setId("dashboard-csv");
		this.csv.setText(getTranslation("dashboards.csv"));
		this.csv.setHref(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = this.shown.map((report) -> ReportCsv.of(report, this::getTranslation).bytes())
				.orElse(new byte[0]);
			return new DownloadResponse(new ByteArrayInputStream(bytes), "tandem-report.csv", "text/csv;charset=UTF-8",
					bytes.length);
		}));
		Anchor weekly = new Anchor("dashboards/weekly", getTranslation("dashboards.weekly"));
		weekly.setId("dashboard-weekly");
		weekly.setTarget(AnchorTarget.BLANK);
		HorizontalLayout actions = new HorizontalLayout(this.csv, weekly);
		actions.addClassName("tandem-dashboard-actions");
		add(this.filters, actions, this.content);
	}

	/** Fresh numbers on every visit (the view instance may be reused). */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		refresh();
	}

	private void refresh() {
		if (this.refreshing) {
			return;
		}
		this.refreshing = true;
		try {
			this.content.removeAll();
			ReportQuery query = this.filters.query(this.clock);
			this.shown = this.service.report(query);
			if (this.shown.isEmpty()) {
				this.content.add(new EmptyState(VaadinIcon.PLUG, "dashboards.no-connector.title",
						"dashboards.no-connector.text"));
				return;
			}
			ServiceDeskReport report = this.shown.get();
			this.filters.offerCategories(report.categories().stream().map(Share::key).toList());
			if (report.ticketsIn() == 0) {
				this.content
					.add(new EmptyState(VaadinIcon.DASHBOARD, "dashboards.empty.title", "dashboards.empty.text"));
				return;
			}
			show(report);
		}
		catch (StoreUnavailableException ex) {
			this.shown = Optional.empty();
			Paragraph problem = new Paragraph(getTranslation("dashboards.unavailable", ex.getMessage()));
			problem.setId("dashboard-unavailable");
			this.content.add(problem);
		}
		finally {
			this.refreshing = false;
		}
	}

	private void show(ServiceDeskReport report) {
		Div tiles = new Div();
		tiles.addClassName("tandem-metrics");
		Metric.of(report, this::getTranslation).forEach((metric) -> tiles.add(new MetricTile(metric)));
		if (report.truncated()) {
			this.content.add(new Paragraph(getTranslation("dashboards.truncated")));
		}
		this.content.add(tiles);
		Div grid = new Div();
		grid.addClassName("tandem-dashboard-grid");
		grid.add(panel("tiers", DashboardCharts.tiers(report, this::getTranslation)),
				panel("sentiment", DashboardCharts.sentiment(report, this::getTranslation)),
				wide(panel("heat-map", DashboardCharts.heatMap(report, getLocale()))),
				panel("hot-topics", DashboardCharts.hotTopics(report, this::getTranslation)),
				panel("agent-load", DashboardCharts.agentLoad(report, this::getTranslation)),
				panel("top-articles", ArticleTables.top(report, this::getTranslation)),
				panel("failing-articles", ArticleTables.failing(report, this::getTranslation)));
		this.content.add(grid);
	}

	private Div panel(String id, String chartOption) {
		EChart chart = new EChart();
		chart.setId("chart-" + id);
		chart.setOption(chartOption);
		chart.setAccessibleName(getTranslation("dashboards.panel." + id + ".title"));
		return panel(id, chart);
	}

	private Div panel(String id, Component body) {
		Div panel = new Div();
		panel.addClassName("tandem-panel");
		panel.setId("panel-" + id);
		H3 title = new H3(getTranslation("dashboards.panel." + id + ".title"));
		Paragraph definition = new Paragraph(getTranslation("dashboards.panel." + id + ".definition"));
		definition.addClassName("tandem-panel-definition");
		panel.add(title, definition, body);
		return panel;
	}

	private static Div wide(Div panel) {
		panel.addClassName("tandem-panel-wide");
		return panel;
	}

	Optional<ServiceDeskReport> shownReport() {
		return this.shown;
	}

}

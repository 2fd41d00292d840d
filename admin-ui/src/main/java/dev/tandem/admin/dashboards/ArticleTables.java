package dev.tandem.admin.dashboards;

import java.util.List;
import java.util.function.BiFunction;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import dev.tandem.connector.reporting.ServiceDeskReport;
import dev.tandem.connector.reporting.ServiceDeskReport.ArticleUse;

/** The top and failing articles as small tables. */
final class ArticleTables {

	private ArticleTables() {
	}

	static Grid<ArticleUse> top(ServiceDeskReport report, BiFunction<String, Object[], String> text) {
		return table("top-articles", report.topArticles(), text);
	}

	static Grid<ArticleUse> failing(ServiceDeskReport report, BiFunction<String, Object[], String> text) {
		return table("failing-articles", report.failingArticles(), text);
	}

	private static Grid<ArticleUse> table(String id, List<ArticleUse> uses, BiFunction<String, Object[], String> text) {
		Grid<ArticleUse> grid = new Grid<>();
		grid.setId("grid-" + id);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
		grid.addColumn(ArticleUse::title)
			.setHeader(text.apply("dashboards.article.title", new Object[0]))
			.setFlexGrow(2);
		grid.addColumn(ArticleUse::answered)
			.setHeader(text.apply("dashboards.article.answered", new Object[0]))
			.setFlexGrow(1);
		grid.addColumn(
				(use) -> use.escalated() + " (" + use.escalation().percent().map(Metric::percent).orElse("–") + ")")
			.setHeader(text.apply("dashboards.article.escalated", new Object[0]))
			// wide enough for its header ("Sent on to a person") on a half-width card
			.setFlexGrow(2);
		grid.setItems(uses);
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(text.apply("dashboards.article.none", new Object[0]));
		return grid;
	}

}

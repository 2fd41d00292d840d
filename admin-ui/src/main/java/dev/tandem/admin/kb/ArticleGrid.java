package dev.tandem.admin.kb;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * The knowledge base's article list: title and id, status, category, language, source,
 * version, last update, how well the article answers, and the search score (shown only
 * while searching, where it explains the order).
 * <p>
 * Widths are in {@code rem}, never {@code em}: a column's width is set on each of its
 * cells, and header cells use a smaller font than body cells, so {@code em} widths made
 * every header narrower than its cells and the flexible title column absorbed the
 * difference, shifting each header away from its cells. The short columns fit their
 * header in English and Chinese; the title takes the rest and wraps instead of hiding
 * behind an ellipsis.
 */
class ArticleGrid extends Grid<ArticleSummary> {

	ArticleGrid() {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		// title and id in one cell; Lit binds them as text, so no article text is markup
		addColumn(LitRenderer
			.<ArticleSummary>of("<div class=\"tandem-cell-title tandem-kb-title\" title=\"${item.title}\">"
					+ "${item.title}</div><div class=\"tandem-cell-id\">${item.id}</div>")
			.withProperty("title", ArticleSummary::title)
			.withProperty("id", ArticleSummary::id)).setHeader(getTranslation("kb.column.title"))
			.setWidth("9.5rem")
			.setFlexGrow(1)
			.setKey("title");
		addComponentColumn((a) -> new StatusBadge(a.status())).setHeader(getTranslation("kb.column.status"))
			.setWidth("6.25rem")
			.setFlexGrow(0);
		addColumn(wrapping("category", (a) -> a.category().orElse(""))).setHeader(getTranslation("kb.column.category"))
			.setWidth("6.5rem")
			.setFlexGrow(0);
		addColumn((a) -> a.language().orElse("")).setHeader(getTranslation("kb.column.language"))
			.setWidth("5.25rem")
			.setFlexGrow(0);
		addColumn(wrapping("source", (a) -> getTranslation("kb.source." + a.source().name())))
			.setHeader(getTranslation("kb.column.source"))
			.setWidth("6.5rem")
			.setFlexGrow(0);
		addColumn(ArticleSummary::version).setHeader(getTranslation("kb.column.version"))
			.setWidth("4.5rem")
			.setFlexGrow(0);
		// the day is what a reader scans; the exact time is one hover away
		addColumn(LitRenderer
			.<ArticleSummary>of("<span class=\"tandem-kb-date\" title=\"${item.moment}\">${item.day}</span>")
			.withProperty("day", (a) -> day.format(a.updatedAt()))
			.withProperty("moment", (a) -> moment.format(a.updatedAt()))).setHeader(getTranslation("kb.column.updated"))
			.setWidth("8.75rem")
			.setFlexGrow(0);
		Span effectivenessHeader = new Span(getTranslation("kb.effectiveness.column"));
		effectivenessHeader.setId("kb-effectiveness-header");
		effectivenessHeader.getElement().setAttribute("title", getTranslation("kb.effectiveness.definition"));
		Tooltip.forComponent(effectivenessHeader).withText(getTranslation("kb.effectiveness.definition"));
		addComponentColumn(EffectivenessCell::new).setHeader(effectivenessHeader)
			.setKey(KnowledgeBaseService.EFFECTIVENESS)
			.setWidth("10rem")
			.setFlexGrow(0)
			.setSortProperty(KnowledgeBaseService.EFFECTIVENESS)
			.setComparator(ArticleSummary.BY_EFFECTIVENESS);
		addColumn((a) -> a.score().isPresent() ? String.format(Locale.ROOT, "%.2f", a.score().getAsDouble()) : "")
			.setHeader(getTranslation("kb.column.score"))
			.setWidth("4rem")
			.setFlexGrow(0)
			.setKey("score");
		addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		addClassName("tandem-kb-grid");
		setId("kb-grid");
		setSizeFull();
		setMinHeight("24em");
		setEmptyStateText(getTranslation("kb.empty"));
	}

	/** A short text that wraps onto a second line rather than being cut off. */
	private static LitRenderer<ArticleSummary> wrapping(String name, ValueProvider<ArticleSummary, String> text) {
		return LitRenderer.<ArticleSummary>of("<span class=\"tandem-kb-wrap\">${item." + name + "}</span>")
			.withProperty(name, text);
	}

}

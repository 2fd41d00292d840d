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

/**
 * The knowledge base's article list: title and id, status, category, language, source,
 * version, last update, how well the article answers, and the search score (shown only
 * while searching, where it explains the order).
 */
class ArticleGrid extends Grid<ArticleSummary> {

	ArticleGrid() {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		// title and id in one cell; Lit binds them as text, so no article text is markup
		addColumn(LitRenderer.<ArticleSummary>of(
				"<div class=\"tandem-cell-title\">${item.title}</div><div class=\"tandem-cell-id\">${item.id}</div>")
			.withProperty("title", ArticleSummary::title)
			.withProperty("id", ArticleSummary::id)).setHeader(getTranslation("kb.column.title"))
			.setWidth("9em")
			.setFlexGrow(1)
			.setKey("title");
		addComponentColumn((a) -> new StatusBadge(a.status())).setHeader(getTranslation("kb.column.status"))
			.setWidth("7.5em")
			.setFlexGrow(0);
		addColumn((a) -> a.category().orElse("")).setHeader(getTranslation("kb.column.category"))
			.setWidth("7em")
			.setFlexGrow(0);
		addColumn((a) -> a.language().orElse("")).setHeader(getTranslation("kb.column.language"))
			.setWidth("4.5em")
			.setFlexGrow(0);
		addColumn((a) -> getTranslation("kb.source." + a.source().name())).setHeader(getTranslation("kb.column.source"))
			.setWidth("7em")
			.setFlexGrow(0);
		addColumn(ArticleSummary::version).setHeader(getTranslation("kb.column.version"))
			.setWidth("4em")
			.setFlexGrow(0);
		addColumn((a) -> format.format(a.updatedAt())).setHeader(getTranslation("kb.column.updated"))
			.setWidth("8em")
			.setFlexGrow(0);
		Span effectivenessHeader = new Span(getTranslation("kb.effectiveness.column"));
		effectivenessHeader.setId("kb-effectiveness-header");
		effectivenessHeader.getElement().setAttribute("title", getTranslation("kb.effectiveness.definition"));
		Tooltip.forComponent(effectivenessHeader).withText(getTranslation("kb.effectiveness.definition"));
		addComponentColumn(EffectivenessCell::new).setHeader(effectivenessHeader)
			.setKey(KnowledgeBaseService.EFFECTIVENESS)
			.setWidth("11em")
			.setFlexGrow(0)
			.setSortProperty(KnowledgeBaseService.EFFECTIVENESS)
			.setComparator(ArticleSummary.BY_EFFECTIVENESS);
		addColumn((a) -> a.score().isPresent() ? String.format(Locale.ROOT, "%.2f", a.score().getAsDouble()) : "")
			.setHeader(getTranslation("kb.column.score"))
			.setWidth("4.5em")
			.setFlexGrow(0)
			.setKey("score");
		addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		setId("kb-grid");
		setSizeFull();
		setMinHeight("24em");
		setEmptyStateText(getTranslation("kb.empty"));
	}

}

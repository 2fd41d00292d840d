package dev.tandem.admin.gaps;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import dev.tandem.connector.gaps.GapDrafts;
import dev.tandem.connector.gaps.GapExample;
import dev.tandem.connector.gaps.KnowledgeGap;
import dev.tandem.kb.article.ArticleStatus;

/**
 * The gaps of a report, highest ranked first: label, volume, trend, languages, categories
 * and the draft action; a row opens to its masked example tickets.
 */
class GapGrid extends Grid<KnowledgeGap> {

	private final Consumer<KnowledgeGap> createDraft;

	private final Consumer<String> openDraft;

	private final Consumer<KnowledgeGap> markOutOfScope;

	private Map<String, ArticleStatus> drafts = Map.of();

	private Set<String> outOfScope = Set.of();

	private List<KnowledgeGap> ranked = List.of();

	private boolean canAct;

	/**
	 * @param createDraft asked to draft a gap
	 * @param openDraft asked to open a gap's existing draft (its article id)
	 * @param markOutOfScope asked to add a gap's questions to the known out-of-scope ones
	 */
	GapGrid(Consumer<KnowledgeGap> createDraft, Consumer<String> openDraft, Consumer<KnowledgeGap> markOutOfScope) {
		this.createDraft = createDraft;
		this.openDraft = openDraft;
		this.markOutOfScope = markOutOfScope;
		setId("gaps-grid");
		addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		setAllRowsVisible(true);
		addColumn((gap) -> this.ranked.indexOf(gap) + 1).setHeader("#")
			.setKey("rank")
			.setWidth("3.5em")
			.setFlexGrow(0)
			.setComparator(Comparator.comparingInt((KnowledgeGap gap) -> this.ranked.indexOf(gap)));
		addComponentColumn(this::label).setHeader(getTranslation("gaps.column.gap"))
			.setKey("label")
			.setWidth("9em")
			.setFlexGrow(3);
		addColumn(KnowledgeGap::size).setHeader(getTranslation("gaps.column.volume"))
			.setKey("volume")
			.setTextAlign(ColumnTextAlign.END)
			.setWidth("7.5em")
			.setFlexGrow(0)
			.setComparator(Comparator.comparingInt(KnowledgeGap::size));
		addComponentColumn(GapTrendCell::new).setHeader(getTranslation("gaps.column.trend"))
			.setKey("trend")
			.setWidth("7em")
			.setFlexGrow(0)
			.setComparator(Comparator.comparingLong(GapTrendCell::change));
		addColumn((gap) -> counts(gap.languages())).setHeader(getTranslation("gaps.column.languages"))
			.setKey("languages")
			.setWidth("8em")
			.setFlexGrow(0);
		addColumn((gap) -> counts(gap.categories())).setHeader(getTranslation("gaps.column.categories"))
			.setKey("categories")
			.setFlexGrow(1);
		addComponentColumn(this::draftCell).setHeader(getTranslation("gaps.column.draft"))
			.setKey("draft")
			.setWidth("10em")
			.setFlexGrow(0);
		addComponentColumn(this::outOfScopeCell).setHeader(getTranslation("gaps.column.out-of-scope"))
			.setKey("out-of-scope")
			.setWidth("7.5em")
			.setFlexGrow(0);
		setItemDetailsRenderer(new ComponentRenderer<>(this::examples));
		setEmptyStateText(getTranslation("gaps.none-in-period"));
	}

	/**
	 * Shows a report's gaps (in its ranking), the drafts they already have and the known
	 * out-of-scope questions (a gap whose example questions are all among them is
	 * marked).
	 */
	void show(List<KnowledgeGap> gaps, Map<String, ArticleStatus> draftStatuses, boolean mayAct,
			Set<String> outOfScopeQuestions) {
		this.ranked = List.copyOf(gaps);
		this.drafts = Map.copyOf(draftStatuses);
		this.canAct = mayAct;
		this.outOfScope = Set.copyOf(outOfScopeQuestions);
		setItems(this.ranked);
	}

	boolean isMarkedOutOfScope(KnowledgeGap gap) {
		return !gap.examples().isEmpty()
				&& gap.examples().stream().map(GapExample::question).allMatch(this.outOfScope::contains);
	}

	Optional<ArticleStatus> draftStatus(KnowledgeGap gap) {
		return Optional.ofNullable(this.drafts.get(gap.id()));
	}

	private Component label(KnowledgeGap gap) {
		Div title = new Div(gap.label());
		title.addClassName("tandem-cell-title");
		int noArticle = gap.size() - gap.answerFailures();
		String reason = (gap.answerFailures() == 0) ? getTranslation("gaps.why.no-article", noArticle)
				: (noArticle == 0) ? getTranslation("gaps.why.failed", gap.answerFailures())
						: getTranslation("gaps.why", noArticle, gap.answerFailures());
		Div why = new Div(reason);
		why.addClassName("tandem-cell-id");
		Div cell = new Div(title, why);
		cell.getElement().setAttribute("data-gap", gap.id());
		return cell;
	}

	private Component draftCell(KnowledgeGap gap) {
		Optional<ArticleStatus> status = draftStatus(gap);
		String articleId = GapDrafts.articleId(gap.id());
		if (status.isPresent() && status.get() == ArticleStatus.DRAFT) {
			Button open = new Button(getTranslation("gaps.draft.open"), VaadinIcon.EDIT.create(),
					(event) -> this.openDraft.accept(articleId));
			open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			open.setId("gaps-open-" + gap.id());
			return open;
		}
		if (status.isPresent()) {
			Span done = new Span(getTranslation("gaps.draft." + status.get().name()));
			done.addClassNames("tandem-badge", "tandem-badge-" + status.get().name().toLowerCase(Locale.ROOT));
			return done;
		}
		if (!this.canAct) {
			return new Span(getTranslation("gaps.draft.none"));
		}
		Button create = new Button(getTranslation("gaps.draft.create"), VaadinIcon.FILE_ADD.create(),
				(event) -> this.createDraft.accept(gap));
		create.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		create.setId("gaps-draft-" + gap.id());
		create.setDisableOnClick(true);
		return create;
	}

	/**
	 * A gap that is not the knowledge base's to close (a drafted gap is): marked, or a
	 * button for those who may act.
	 */
	private Component outOfScopeCell(KnowledgeGap gap) {
		if (isMarkedOutOfScope(gap)) {
			Span marked = new Span(getTranslation("gaps.out-of-scope.badge"));
			marked.addClassNames("tandem-badge", "tandem-badge-archived");
			return marked;
		}
		if (!this.canAct || draftStatus(gap).isPresent()) {
			return new Span("—");
		}
		Button mark = new Button(getTranslation("gaps.out-of-scope.mark"), VaadinIcon.BAN.create(),
				(event) -> this.markOutOfScope.accept(gap));
		mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		mark.setId("gaps-out-of-scope-" + gap.id());
		mark.setTooltipText(getTranslation("gaps.out-of-scope.tooltip", gap.examples().size()));
		mark.setDisableOnClick(true);
		return mark;
	}

	private Component examples(KnowledgeGap gap) {
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		Div list = new Div();
		list.addClassName("tandem-gaps-examples");
		list.setId("gaps-examples-" + gap.id());
		Div heading = new Div(getTranslation("gaps.examples", gap.examples().size(), gap.size()));
		heading.addClassName("tandem-muted");
		list.add(heading);
		for (GapExample example : gap.examples()) {
			Span key = new Span(example.issueKey());
			key.addClassName("tandem-gaps-example-key");
			Span summary = new Span(example.summary());
			Span meta = new Span(example.language() + " · " + when.format(example.receivedAt()));
			meta.addClassName("tandem-muted");
			Div row = new Div(key, summary, meta);
			row.addClassName("tandem-gaps-example");
			list.add(row);
		}
		return list;
	}

	/** "en 4 · zh 1": largest first; "—" when none is known. */
	static String counts(Map<String, Integer> counts) {
		if (counts.isEmpty()) {
			return "—";
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map((entry) -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining(" · "));
	}

}

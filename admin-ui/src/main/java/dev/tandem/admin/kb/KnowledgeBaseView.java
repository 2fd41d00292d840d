package dev.tandem.admin.kb;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;

/**
 * The knowledge base: every article with its status, language, source and version; search
 * like a customer or filter; open an article to edit, publish, archive or restore an
 * older version; import files; edit synonyms and the known out-of-scope questions.
 */
@Route("knowledge-base")
@Menu(order = 20, title = "nav.knowledge-base", icon = "vaadin:book")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER })
class KnowledgeBaseView extends TandemView {

	final TextField search = new TextField();

	final Select<ArticleQuery.TextMode> mode = new Select<>();

	final Select<Optional<ArticleStatus>> status = new Select<>();

	final ComboBox<String> category = new ComboBox<>();

	final ComboBox<String> language = new ComboBox<>();

	final Select<Optional<ArticleSource>> source = new Select<>();

	final Select<Optional<AnswerPerformance>> performance = new Select<>();

	final ArticleGrid grid = new ArticleGrid();

	final Div error = new Div();

	private final KnowledgeBaseService service;

	private final OutOfScopeQuestionsService outOfScope;

	private boolean updatingFilters;

	KnowledgeBaseView(KnowledgeBaseService service, OutOfScopeQuestionsService outOfScope) {
		super("knowledge-base", "nav.knowledge-base");
		this.service = service;
		this.outOfScope = outOfScope;
		setSizeFull();
		addClassName("tandem-view-wide");
		add(toolbar(), filters(), this.error, configureGrid());
		this.error.addClassName("tandem-error-banner");
		this.error.setId("kb-error");
		this.error.setVisible(false);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		changed();
	}

	private HorizontalLayout toolbar() {
		Button create = new Button(getTranslation("kb.new"), VaadinIcon.PLUS.create(), (event) -> openEditor(null));
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.setId("kb-new");
		Button upload = new Button(getTranslation("kb.import"), VaadinIcon.UPLOAD.create(),
				(event) -> new ImportDialog(this.service, this::changed).open());
		upload.setId("kb-import");
		Button synonyms = new Button(getTranslation("kb.synonyms"), VaadinIcon.EXCHANGE.create(),
				(event) -> new SynonymsDialog(this.service).open());
		synonyms.setId("kb-synonyms");
		Button outOfScopeQuestions = new Button(getTranslation("kb.out-of-scope"), VaadinIcon.BAN.create(),
				(event) -> new OutOfScopeDialog(this.outOfScope).open());
		outOfScopeQuestions.setId("kb-out-of-scope");
		HorizontalLayout bar = new HorizontalLayout(create, upload, synonyms, outOfScopeQuestions);
		bar.addClassName("tandem-toolbar");
		return bar;
	}

	private HorizontalLayout filters() {
		this.search.setPlaceholder(getTranslation("kb.search.placeholder"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setValueChangeTimeout(400);
		this.search.setId("kb-search");
		this.search.setMinWidth("18em");
		this.mode.setItems(ArticleQuery.TextMode.values());
		this.mode.setItemLabelGenerator((m) -> getTranslation("kb.search.mode." + m.name()));
		this.mode.setValue(ArticleQuery.TextMode.SEARCH);
		this.mode.setId("kb-search-mode");
		this.mode.setAriaLabel(getTranslation("kb.search.mode"));
		this.status.setItems(optionsOf(ArticleStatus.values()));
		this.status.setItemLabelGenerator((s) -> s.map((v) -> getTranslation("kb.status." + v.name()))
			.orElse(getTranslation("kb.filter.any-status")));
		this.status.setValue(Optional.empty());
		this.status.setId("kb-filter-status");
		this.status.setAriaLabel(getTranslation("kb.column.status"));
		this.source.setItems(optionsOf(ArticleSource.values()));
		this.source.setItemLabelGenerator((s) -> s.map((v) -> getTranslation("kb.source." + v.name()))
			.orElse(getTranslation("kb.filter.any-source")));
		this.source.setValue(Optional.empty());
		this.source.setId("kb-filter-source");
		this.source.setAriaLabel(getTranslation("kb.column.source"));
		this.performance.setItems(optionsOf(AnswerPerformance.values()));
		this.performance
			.setItemLabelGenerator((p) -> p.map((v) -> getTranslation("kb.effectiveness.filter." + v.name()))
				.orElse(getTranslation("kb.effectiveness.filter.any")));
		this.performance.setValue(Optional.empty());
		this.performance.setId("kb-filter-effectiveness");
		this.performance.setAriaLabel(getTranslation("kb.effectiveness.column"));
		this.performance.setTooltipText(getTranslation("kb.effectiveness.filter.help"));
		this.category.setPlaceholder(getTranslation("kb.filter.any-category"));
		this.category.setClearButtonVisible(true);
		this.category.setId("kb-filter-category");
		this.category.setAriaLabel(getTranslation("kb.column.category"));
		this.language.setPlaceholder(getTranslation("kb.filter.any-language"));
		this.language.setClearButtonVisible(true);
		this.language.setId("kb-filter-language");
		this.language.setAriaLabel(getTranslation("kb.column.language"));
		this.search.addValueChangeListener((event) -> refresh());
		this.mode.addValueChangeListener((event) -> refresh());
		this.status.addValueChangeListener((event) -> refresh());
		this.source.addValueChangeListener((event) -> refresh());
		this.performance.addValueChangeListener((event) -> refresh());
		this.category.addValueChangeListener((event) -> refresh());
		this.language.addValueChangeListener((event) -> refresh());
		HorizontalLayout filters = new HorizontalLayout(this.search, this.mode, this.status, this.category,
				this.language, this.source, this.performance);
		filters.setWidthFull();
		filters.setWrap(true);
		filters.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.search.getStyle().set("flex", "1 1 18em");
		return filters;
	}

	@SafeVarargs
	private static <T> List<Optional<T>> optionsOf(T... values) {
		List<Optional<T>> options = new java.util.ArrayList<>();
		options.add(Optional.empty());
		for (T value : values) {
			options.add(Optional.of(value));
		}
		return options;
	}

	private Grid<ArticleSummary> configureGrid() {
		this.grid.addItemClickListener((event) -> {
			// a click on a row the grid has just replaced (a new search) has no item
			if (event.getItem() != null) {
				openEditor(event.getItem().id());
			}
		});
		return this.grid;
	}

	ArticleQuery query() {
		return new ArticleQuery(this.search.getValue(), this.mode.getValue(), this.status.getValue(),
				Optional.ofNullable(this.category.getValue()), Optional.ofNullable(this.language.getValue()),
				this.source.getValue(), this.performance.getValue());
	}

	void refresh() {
		ArticleQuery query = query();
		if (this.updatingFilters) {
			return;
		}
		try {
			this.grid.getColumnByKey("score").setVisible(query.isSearch());
			if (query.isSearch()) {
				// retrieval ranks a short list: fetch it once instead of per page
				this.grid.setItems(this.service.find(query, 0, KnowledgeBaseService.MAX_SEARCH_RESULTS));
			}
			else {
				this.grid.setItems(
						(page) -> this.service.find(query, page.getOffset(), page.getLimit(), page.getSortOrders())
							.stream(),
						(page) -> this.service.count(query));
			}
			this.error.setVisible(false);
			// which query the rows belong to, so that browser tests can wait for them
			this.grid.getElement().setAttribute("data-query", query.mode() + ":" + query.text());
		}
		catch (RuntimeException ex) {
			this.grid.setItems(List.of());
			this.error.setText(getTranslation("kb.error.unavailable", String.valueOf(ex.getMessage())));
			this.error.setVisible(true);
		}
	}

	/** Offers the categories and languages the articles have now, keeping the choice. */
	void refreshFilterChoices() {
		String chosenCategory = this.category.getValue();
		String chosenLanguage = this.language.getValue();
		this.updatingFilters = true;
		try {
			this.category.setItems(this.service.categories());
			this.language.setItems(this.service.languages());
			this.category.setValue(chosenCategory);
			this.language.setValue(chosenLanguage);
		}
		catch (RuntimeException ex) {
			// the grid's refresh reports the store being unavailable
		}
		finally {
			this.updatingFilters = false;
		}
	}

	private void changed() {
		refreshFilterChoices();
		refresh();
	}

	void openEditor(String id) {
		try {
			Optional<dev.tandem.kb.article.StoredArticle> article = (id == null) ? Optional.empty()
					: this.service.article(id);
			new ArticleEditor(this.service, article, (saved) -> changed()).open();
		}
		catch (RuntimeException ex) {
			this.error.setText(getTranslation("kb.error.unavailable", String.valueOf(ex.getMessage())));
			this.error.setVisible(true);
		}
	}

}

package dev.tandem.admin.kb;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.tandem.admin.layout.UnsavedChanges;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;

/**
 * Creates or edits an article. Saving makes a new version; a validation problem of the
 * content is shown next to the field it concerns.
 */
class ArticleEditor extends Dialog {

	final TextField id = new TextField();

	final TextField title = new TextField();

	final TextArea answer = new TextArea();

	final TextArea body = new TextArea();

	final MarkdownPreview preview = new MarkdownPreview();

	final QuestionList questions = new QuestionList();

	final TextField tags = new TextField();

	final ComboBox<String> category = new ComboBox<>();

	final ComboBox<String> language = new ComboBox<>();

	final Select<ArticleStatus> status = new Select<>();

	final TextField changeSummary = new TextField();

	final Button save = new Button();

	final Button publish = new Button();

	final Button archive = new Button();

	final Button history = new Button();

	private final KnowledgeBaseService service;

	private final Consumer<String> onSaved;

	private final boolean creating;

	final UnsavedChanges unsavedChanges = new UnsavedChanges(this::edited);

	private List<Object> opened;

	private final ArticleFieldErrors errors = new ArticleFieldErrors(this.id, this.title, this.body, this.language,
			this.tags);

	ArticleEditor(KnowledgeBaseService service, Optional<StoredArticle> article, Consumer<String> onSaved) {
		this.service = service;
		this.onSaved = onSaved;
		this.creating = article.isEmpty();
		setId("article-editor");
		addClassName("tandem-article-editor");
		setWidth("min(1100px, 96vw)");
		setHeaderTitle(this.creating ? getTranslation("kb.editor.new")
				: getTranslation("kb.editor.edit", article.get().content().title()));
		configureFields();
		article.ifPresent(this::show);
		this.id.setReadOnly(!this.creating);
		add(layout());
		configureFooter(article);
		this.opened = snapshot();
		// Escape and a click outside ask first when there are edits (a listener
		// replaces the automatic close)
		addDialogCloseActionListener((event) -> this.unsavedChanges.discardOrAsk(this::close));
	}

	private void configureFields() {
		this.id.setLabel(getTranslation("kb.editor.id"));
		this.id.setHelperText(getTranslation("kb.editor.id.help"));
		this.id.setId("article-id");
		this.title.setLabel(getTranslation("kb.editor.title"));
		this.title.setId("article-title");
		this.title.setWidthFull();
		this.answer.setLabel(getTranslation("kb.editor.answer"));
		this.answer.setHelperText(getTranslation("kb.editor.answer.help"));
		this.answer.setId("article-answer");
		this.answer.setWidthFull();
		this.body.setLabel(getTranslation("kb.editor.body"));
		this.body.setId("article-body");
		this.body.setWidthFull();
		this.body.setMinHeight("16em");
		this.body.addValueChangeListener((event) -> this.preview.setMarkdown(event.getValue()));
		this.tags.setLabel(getTranslation("kb.editor.tags"));
		this.tags.setHelperText(getTranslation("kb.editor.tags.help"));
		this.tags.setId("article-tags");
		this.category.setLabel(getTranslation("kb.editor.category"));
		this.category.setAllowCustomValue(true);
		this.category.addCustomValueSetListener((event) -> this.category.setValue(event.getDetail()));
		this.category.setItems(this.service.categories());
		this.category.setId("article-category");
		this.language.setLabel(getTranslation("kb.editor.language"));
		this.language.setHelperText(getTranslation("kb.editor.language.help"));
		this.language.setAllowCustomValue(true);
		this.language.addCustomValueSetListener((event) -> this.language.setValue(event.getDetail()));
		this.language.setItems(languages());
		this.language.setId("article-language");
		this.status.setLabel(getTranslation("kb.editor.status"));
		this.status.setItems(ArticleStatus.values());
		this.status.setItemLabelGenerator((s) -> getTranslation("kb.status." + s.name()));
		this.status.setValue(ArticleStatus.DRAFT);
		this.status.setId("article-status");
		this.changeSummary.setLabel(getTranslation("kb.editor.change-summary"));
		this.changeSummary.setId("article-change-summary");
		this.changeSummary.setWidthFull();
	}

	private Collection<String> languages() {
		java.util.SortedSet<String> known = new java.util.TreeSet<>(this.service.languages());
		known.addAll(List.of("en", "zh-CN"));
		return known;
	}

	private Div layout() {
		TabSheet bodyTabs = new TabSheet();
		bodyTabs.setWidthFull();
		bodyTabs.add(getTranslation("kb.editor.write"), this.body);
		bodyTabs.add(getTranslation("kb.editor.preview"), this.preview).setId("article-preview-tab");
		HorizontalLayout meta = new HorizontalLayout(this.category, this.language, this.status);
		meta.setWidthFull();
		meta.setWrap(true);
		Div main = new Div(this.id, this.title, this.answer, bodyTabs);
		main.addClassName("tandem-editor-main");
		Div side = new Div(meta, this.tags, this.questions);
		side.addClassName("tandem-editor-side");
		Div layout = new Div(main, side, this.changeSummary);
		layout.addClassName("tandem-editor-layout");
		return layout;
	}

	private void configureFooter(Optional<StoredArticle> article) {
		this.save.setText(getTranslation("kb.editor.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.setId("article-save");
		this.save.addClickListener((event) -> save(this.status.getValue()));
		this.publish.setText(getTranslation("kb.editor.publish"));
		this.publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
		this.publish.setId("article-publish");
		this.publish.addClickListener((event) -> save(ArticleStatus.PUBLISHED));
		this.archive.setText(getTranslation("kb.editor.archive"));
		this.archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.archive.setId("article-archive");
		this.archive.addClickListener((event) -> save(ArticleStatus.ARCHIVED));
		this.history.setText(getTranslation("kb.editor.history"));
		this.history.setId("article-history");
		this.history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.history.setVisible(!this.creating);
		article.ifPresent((a) -> this.history
			.addClickListener((event) -> new ArticleHistoryDialog(this.service, a.id(), (restored) -> {
				close();
				this.onSaved.accept(restored);
			}).open()));
		Button cancel = new Button(getTranslation("kb.editor.cancel"),
				(event) -> this.unsavedChanges.discardOrAsk(this::close));
		cancel.setId("article-cancel");
		Span spacer = new Span();
		spacer.getStyle().set("flex", "1");
		getFooter().add(this.history, this.archive, spacer, cancel, this.publish, this.save);
	}

	private void show(StoredArticle article) {
		ArticleContent content = article.content();
		this.id.setValue(content.id());
		this.title.setValue(content.title());
		this.answer.setValue(content.answer().orElse(""));
		this.body.setValue(content.body());
		this.preview.setMarkdown(content.body());
		this.questions.setQuestions(content.questions());
		this.tags.setValue(String.join(", ", content.tags()));
		this.category.setValue(content.category().orElse(null));
		this.language.setValue(content.language().orElse(null));
		this.status.setValue(content.status());
	}

	/** Validates and saves with the given status; true when a version was stored. */
	boolean save(ArticleStatus newStatus) {
		this.errors.clear();
		ArticleContent content;
		try {
			content = content(newStatus);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			this.errors.show(ex.getMessage());
			return false;
		}
		if (this.creating && this.service.article(content.id()).isPresent()) {
			ArticleFieldErrors.markInvalid(this.id, getTranslation("kb.editor.error.id-taken", content.id()));
			return false;
		}
		try {
			SaveResult result = this.service.save(content, this.changeSummary.getValue());
			String key = (result.outcome() == SaveResult.Outcome.UNCHANGED) ? "kb.editor.unchanged" : "kb.editor.saved";
			Notification
				.show(getTranslation(key, content.title(), result.version().number()), 4000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			close();
			this.onSaved.accept(content.id());
			return true;
		}
		catch (ArticleStoreException | IllegalStateException ex) {
			Notification.show(getTranslation("kb.error.store", ex.getMessage()), 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
			return false;
		}
	}

	/** Whether anything differs from what the editor opened with. */
	boolean edited() {
		return this.opened != null && !this.opened.equals(snapshot());
	}

	private List<Object> snapshot() {
		return Arrays.asList(this.id.getValue(), this.title.getValue(), this.answer.getValue(), this.body.getValue(),
				this.questions.getQuestions(), this.tags.getValue(), this.category.getValue(), this.language.getValue(),
				this.status.getValue(), this.changeSummary.getValue());
	}

	ArticleContent content(ArticleStatus newStatus) {
		ArticleContent.Builder builder = ArticleContent
			.builder(this.id.getValue().strip(), this.title.getValue(), this.body.getValue())
			.answer(this.answer.getValue())
			.questions(this.questions.getQuestions())
			.tags(Arrays.stream(this.tags.getValue().split("[,，]")).map(String::strip).toList())
			.status(newStatus);
		Optional.ofNullable(this.category.getValue()).ifPresent(builder::category);
		Optional.ofNullable(this.language.getValue()).ifPresent(builder::language);
		return builder.build();
	}

}

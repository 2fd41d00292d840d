package dev.tandem.admin.routing;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.tandem.connector.assignment.AssignmentResult;

/**
 * "Who would get this ticket now?": a category, a language and the VIP flag run through
 * the assigner under the roster on the page (unsaved changes included), with every reason
 * shown. Nothing is recorded.
 */
class PreviewSection extends Div {

	final ComboBox<String> category = new ComboBox<>();

	final ComboBox<String> language = new ComboBox<>();

	final Checkbox vip = new Checkbox();

	final Button ask = new Button();

	final Div result = new Div();

	private final Draft draft;

	private final RoutingService service;

	private final Supplier<Boolean> unsaved;

	PreviewSection(Draft draft, RoutingService service, Supplier<Boolean> unsaved) {
		this.draft = draft;
		this.service = service;
		this.unsaved = unsaved;
		setId("routing-preview");
		addClassNames("tandem-routing-section", "tandem-panel");
		this.category.setLabel(getTranslation("routing.preview.category"));
		this.category.setAllowCustomValue(true);
		this.category.addCustomValueSetListener((event) -> this.category.setValue(event.getDetail()));
		this.category.setClearButtonVisible(true);
		this.category.setId("routing-preview-category");
		this.language.setLabel(getTranslation("routing.preview.language"));
		this.language.setItems(AgentDialog.LANGUAGES);
		this.language.setAllowCustomValue(true);
		this.language.addCustomValueSetListener((event) -> this.language.setValue(event.getDetail()));
		this.language.setValue("en");
		this.language.setId("routing-preview-language");
		this.vip.setLabel(getTranslation("routing.preview.vip"));
		this.vip.setId("routing-preview-vip");
		this.ask.setText(getTranslation("routing.preview.ask"));
		this.ask.setIcon(VaadinIcon.USER_CHECK.create());
		this.ask.setId("routing-preview-ask");
		this.ask.addClickListener((event) -> preview());
		this.result.setId("routing-preview-result");
		this.result.addClassName("tandem-routing-preview-result");
		HorizontalLayout form = new HorizontalLayout(this.category, this.language, this.vip, this.ask);
		form.setAlignItems(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		Paragraph hint = new Paragraph(getTranslation("routing.preview.text"));
		hint.addClassName("tandem-muted");
		add(new H3(getTranslation("routing.preview.title")), hint, form, this.result);
	}

	void show() {
		// setItems clears the value: keep what the user chose across edits of the draft
		String chosen = this.category.getValue();
		java.util.Set<String> categories = new java.util.TreeSet<>(this.draft.categories());
		if (chosen != null) {
			categories.add(chosen);
		}
		this.category.setItems(categories);
		this.category.setValue(chosen);
	}

	private void preview() {
		this.result.removeAll();
		Optional<String> chosenCategory = Optional.ofNullable(this.category.getValue()).filter((c) -> !c.isBlank());
		String chosenLanguage = Optional.ofNullable(this.language.getValue()).orElse("und");
		Optional<AssignmentResult> answer = this.service.preview(this.draft.roster(), chosenCategory, chosenLanguage,
				this.vip.getValue());
		if (answer.isEmpty()) {
			this.result.add(new Paragraph(getTranslation("routing.unavailable.text")));
			return;
		}
		AssignmentResult chosen = answer.get();
		Span who = new Span(chosen.agentName()
			.map((name) -> getTranslation("routing.preview.chosen", name, chosen.agentId().orElse(""), chosen.pool()))
			.orElse(getTranslation("routing.preview.nobody", chosen.pool())));
		who.addClassName("tandem-routing-preview-who");
		who.setId("routing-preview-who");
		this.result.add(who);
		if (this.unsaved.get()) {
			Span note = new Span(getTranslation("routing.preview.unsaved"));
			note.addClassName("tandem-muted");
			this.result.add(note);
		}
		UnorderedList reasons = new UnorderedList();
		// the assigner's reasons in the reader's language (Jira and the audit log keep
		// English)
		List<String> why = chosen.explanations().isEmpty() ? chosen.reasons()
				: chosen.explanations().stream().map((reason) -> reason.text(getLocale())).toList();
		why.forEach((reason) -> reasons.add(new ListItem(reason)));
		reasons.setId("routing-preview-reasons");
		this.result.add(reasons);
	}

}

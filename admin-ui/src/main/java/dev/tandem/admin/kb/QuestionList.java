package dev.tandem.admin.kb;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The example questions of an article as an editable list: one field per question, a
 * remove button on each, an add button below.
 */
class QuestionList extends Div {

	private final List<TextField> fields = new ArrayList<>();

	private final Div rows = new Div();

	private final Button add = new Button(VaadinIcon.PLUS.create());

	QuestionList() {
		addClassName("tandem-question-list");
		setId("article-questions");
		Span label = new Span(getTranslation("kb.editor.questions"));
		label.addClassName("tandem-field-label");
		this.add.setText(getTranslation("kb.editor.questions.add"));
		this.add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		this.add.setId("article-question-add");
		this.add.addClickListener((event) -> addQuestion("").focus());
		add(label, this.rows, this.add);
	}

	void setQuestions(List<String> questions) {
		this.fields.clear();
		this.rows.removeAll();
		questions.forEach(this::addQuestion);
	}

	List<String> getQuestions() {
		return this.fields.stream().map(TextField::getValue).filter((q) -> !q.isBlank()).toList();
	}

	TextField addQuestion(String question) {
		TextField field = new TextField();
		field.setValue(question);
		field.setWidthFull();
		field.setAriaLabel(getTranslation("kb.editor.questions"));
		Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
		remove.setAriaLabel(getTranslation("kb.editor.questions.remove"));
		HorizontalLayout row = new HorizontalLayout(field, remove);
		row.setWidthFull();
		row.setAlignItems(HorizontalLayout.Alignment.CENTER);
		remove.addClickListener((event) -> {
			this.fields.remove(field);
			this.rows.remove(row);
		});
		this.fields.add(field);
		this.rows.add(row);
		return field;
	}

}

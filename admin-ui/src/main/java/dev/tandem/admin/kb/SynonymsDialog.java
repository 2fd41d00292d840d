package dev.tandem.admin.kb;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import dev.tandem.kb.analysis.SynonymGroup;

/**
 * The synonym groups retrieval expands questions with: each group a list of terms that
 * mean the same (e.g. "refund, money back, 退款").
 */
class SynonymsDialog extends Dialog {

	final Grid<SynonymGroup> groups = new Grid<>();

	final TextField newGroup = new TextField();

	final Button add = new Button();

	private final KnowledgeBaseService service;

	SynonymsDialog(KnowledgeBaseService service) {
		this.service = service;
		setId("synonyms-dialog");
		setHeaderTitle(getTranslation("kb.synonyms.title"));
		setWidth("min(720px, 96vw)");
		this.groups.addColumn(SynonymGroup::toString).setHeader(getTranslation("kb.synonyms.group")).setFlexGrow(1);
		this.groups.addComponentColumn((group) -> {
			Button remove = new Button(VaadinIcon.TRASH.create(), (event) -> remove(group));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			remove.setAriaLabel(getTranslation("kb.synonyms.remove", group.toString()));
			return remove;
		}).setFlexGrow(0).setWidth("5em");
		this.groups.setHeight("20em");
		this.groups.setId("synonym-groups");
		this.newGroup.setPlaceholder(getTranslation("kb.synonyms.placeholder"));
		this.newGroup.setHelperText(getTranslation("kb.synonyms.help"));
		this.newGroup.setWidthFull();
		this.newGroup.setId("synonym-new");
		this.add.setText(getTranslation("kb.synonyms.add"));
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.setId("synonym-add");
		this.add.addClickListener((event) -> add());
		HorizontalLayout adder = new HorizontalLayout(this.newGroup, this.add);
		adder.setWidthFull();
		adder.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		add(new Paragraph(getTranslation("kb.synonyms.text")), adder, this.groups);
		getFooter().add(new Button(getTranslation("kb.import.close"), (event) -> close()));
		refresh();
	}

	void add() {
		try {
			this.service.addSynonymGroup(SynonymGroup.parse(this.newGroup.getValue()));
			this.newGroup.clear();
			this.newGroup.setInvalid(false);
			refresh();
		}
		catch (IllegalArgumentException ex) {
			this.newGroup.setErrorMessage(getTranslation("kb.synonyms.invalid", ex.getMessage()));
			this.newGroup.setInvalid(true);
		}
		catch (IllegalStateException ex) {
			failed(ex);
		}
	}

	private void remove(SynonymGroup group) {
		try {
			this.service.removeSynonymGroup(group);
			refresh();
		}
		catch (IllegalStateException ex) {
			failed(ex);
		}
	}

	private void refresh() {
		try {
			this.groups.setItems(this.service.synonymGroups());
		}
		catch (IllegalStateException ex) {
			failed(ex);
		}
	}

	private void failed(RuntimeException ex) {
		Notification.show(getTranslation("kb.error.store", ex.getMessage()), 8000, Notification.Position.MIDDLE)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}

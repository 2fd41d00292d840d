package dev.tandem.admin.routing;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import dev.tandem.connector.assignment.RosterChange;

/** Asks why before saving, and lists what the save will change. */
class SaveDialog extends Dialog {

	final TextArea comment = new TextArea();

	final Button save = new Button();

	SaveDialog(List<RosterChange> changes, Consumer<String> onSave) {
		setId("routing-save-dialog");
		setHeaderTitle(getTranslation("routing.save.title"));
		setWidth("min(720px, 96vw)");
		Div list = new Div();
		list.addClassName("tandem-diff");
		list.setId("routing-save-changes");
		changes.forEach((change) -> list.add(RoutingHistoryDialog.changeBlock(change)));
		this.comment.setLabel(getTranslation("routing.save.comment"));
		this.comment.setPlaceholder(getTranslation("routing.save.comment.placeholder"));
		this.comment.setWidthFull();
		this.comment.setId("routing-save-comment");
		add(new Paragraph(getTranslation("routing.save.changes", changes.size())), list, this.comment);
		this.save.setText(getTranslation("routing.save.confirm"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.setId("routing-save-confirm");
		this.save.addClickListener((event) -> {
			close();
			onSave.accept(this.comment.getValue());
		});
		getFooter().add(new Button(getTranslation("routing.cancel"), (event) -> close()), this.save);
	}

}

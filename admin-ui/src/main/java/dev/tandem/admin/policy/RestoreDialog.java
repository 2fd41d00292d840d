package dev.tandem.admin.policy;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks for a comment before an older policy version is restored: the restore is a new
 * version like any save, and the audit trail needs to say why.
 */
class RestoreDialog extends Dialog {

	final TextArea comment = new TextArea();

	RestoreDialog(int version, Consumer<String> confirmed) {
		setId("policy-restore-dialog");
		setHeaderTitle(getTranslation("policy.history.restore.title", version));
		setWidth("32rem");
		this.comment.setId("policy-restore-comment");
		this.comment.setLabel(getTranslation("policy.form.comment"));
		this.comment.setRequiredIndicatorVisible(true);
		this.comment.setWidthFull();
		this.comment.setValue(getTranslation("policy.history.restore.comment", version));
		add(new Paragraph(getTranslation("policy.history.restore.text", version)), this.comment);
		Button confirm = new Button(getTranslation("policy.history.restore.confirm"),
				(event) -> confirmed.accept(this.comment.getValue()));
		confirm.setId("policy-restore-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("policy.cancel"), (event) -> close());
		getFooter().add(cancel, confirm);
	}

	/** Keeps the dialog open and shows why the restore did not happen. */
	void refuse(String problem) {
		this.comment.setErrorMessage(problem);
		this.comment.setInvalid(true);
	}

}

package dev.tandem.admin.kb;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Questions the knowledge base is known not to cover (other products, small talk, topics
 * the desk does not handle), one a line: calibration asks them too, so the threshold is
 * set knowing how often such questions would get an automatic answer.
 */
class OutOfScopeDialog extends Dialog {

	final TextArea questions = new TextArea();

	final Button save = new Button();

	private final OutOfScopeQuestionsService service;

	OutOfScopeDialog(OutOfScopeQuestionsService service) {
		this.service = service;
		setId("out-of-scope-dialog");
		setHeaderTitle(getTranslation("kb.out-of-scope.title"));
		setWidth("min(720px, 96vw)");
		this.questions.setId("out-of-scope-questions");
		this.questions.setLabel(getTranslation("kb.out-of-scope.label"));
		this.questions.setHelperText(getTranslation("kb.out-of-scope.help"));
		this.questions.setWidthFull();
		this.questions.setHeight("20em");
		this.save.setText(getTranslation("kb.out-of-scope.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.setId("out-of-scope-save");
		this.save.addClickListener((event) -> save());
		add(new Paragraph(getTranslation("kb.out-of-scope.text")), this.questions);
		getFooter().add(new Button(getTranslation("kb.import.close"), (event) -> close()), this.save);
		try {
			this.questions.setValue(String.join("\n", this.service.questions()));
		}
		catch (IllegalStateException ex) {
			failed(ex);
		}
	}

	void save() {
		try {
			int stored = this.service.save(this.questions.getValue()).size();
			this.questions.setInvalid(false);
			Notification.show(getTranslation("kb.out-of-scope.saved", stored), 5000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			close();
		}
		catch (IllegalArgumentException ex) {
			this.questions.setErrorMessage(getTranslation("kb.out-of-scope.invalid", ex.getMessage()));
			this.questions.setInvalid(true);
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

package dev.tandem.admin.kb;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a content validation problem next to the field it concerns in the
 * {@link ArticleEditor}: the article model names the field in its message, so the editor
 * finds the field from the message; a problem of no single field becomes a notification.
 */
final class ArticleFieldErrors {

	private final Map<ArticleField, HasValidation> fields = new EnumMap<>(ArticleField.class);

	private final Component translator;

	ArticleFieldErrors(TextField id, TextField title, TextArea body, ComboBox<String> language, TextField tags) {
		this.translator = id;
		this.fields.put(ArticleField.ID, id);
		this.fields.put(ArticleField.TITLE, title);
		this.fields.put(ArticleField.BODY, body);
		this.fields.put(ArticleField.LANGUAGE, language);
		this.fields.put(ArticleField.TAGS, tags);
	}

	void clear() {
		this.fields.values().forEach((field) -> field.setInvalid(false));
	}

	void show(String message) {
		Optional<ArticleField> field = ArticleField.of(message);
		if (field.isPresent() && this.fields.containsKey(field.get())) {
			String key = "kb.editor.error." + field.get().name().toLowerCase(Locale.ROOT);
			markInvalid(this.fields.get(field.get()), this.translator.getTranslation(key, message));
		}
		else {
			Notification
				.show(this.translator.getTranslation("kb.editor.error.other", String.valueOf(message)), 8000,
						Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	static void markInvalid(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

}

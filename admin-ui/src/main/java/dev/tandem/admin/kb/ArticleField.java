package dev.tandem.admin.kb;

import java.util.Optional;

/**
 * The editor field a validation message of {@code ArticleContent} is about, so the error
 * is shown next to that field.
 */
enum ArticleField {

	ID("article id"), TITLE("title"), BODY("body"), LANGUAGE("language"), QUESTIONS("questions"), TAGS("tags");

	private final String messagePrefix;

	ArticleField(String messagePrefix) {
		this.messagePrefix = messagePrefix;
	}

	static Optional<ArticleField> of(String validationMessage) {
		if (validationMessage == null) {
			return Optional.empty();
		}
		for (ArticleField field : values()) {
			if (validationMessage.startsWith(field.messagePrefix)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

}

package dev.tandem.kb.article;

import java.util.Locale;
import java.util.Optional;

/**
 * Life cycle of an article. Only {@link #PUBLISHED} articles are used for automatic
 * answers.
 */
public enum ArticleStatus {

	DRAFT, PUBLISHED, ARCHIVED;

	/**
	 * Reads a status as written in import files and on the command line: case does not
	 * matter, surrounding blanks are ignored.
	 * @param text the written status
	 * @return the status, empty when the text names none
	 */
	public static Optional<ArticleStatus> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip().toUpperCase(Locale.ROOT);
		for (ArticleStatus status : values()) {
			if (status.name().equals(wanted)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}

package dev.tandem.connector.assignment;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * One step of an assignment decision, in any language the connector speaks
 * ({@code assignment-reasons*.properties}): Jira comments and the audit log keep the
 * English text, the admin UI shows the reader's language.
 *
 * @param key the message
 * @param args its arguments: text, a nested reason, or a list of nested reasons (joined
 * with the language's list separator)
 */
public record AssignmentReason(String key, List<Object> args) {

	private static final String BUNDLE = "dev.tandem.connector.assignment.assignment-reasons";

	public AssignmentReason {
		Objects.requireNonNull(key, "key");
		args = List.copyOf(args);
	}

	static AssignmentReason of(String key, Object... args) {
		return new AssignmentReason(key, List.of(args));
	}

	/** The English text. */
	public String text() {
		return text(Locale.ENGLISH);
	}

	/** The text in the language closest to {@code locale} (English when none fits). */
	public String text(Locale locale) {
		ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		Object[] rendered = this.args.stream().map((arg) -> render(arg, messages, locale)).toArray();
		return new MessageFormat(messages.getString(this.key), locale).format(rendered);
	}

	private static String render(Object arg, ResourceBundle messages, Locale locale) {
		if (arg instanceof AssignmentReason nested) {
			return nested.text(locale);
		}
		if (arg instanceof List<?> items) {
			return items.stream()
				.map((item) -> render(item, messages, locale))
				.collect(Collectors.joining(messages.getString("list.separator")));
		}
		return String.valueOf(arg);
	}

}

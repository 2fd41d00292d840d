package dev.tandem.admin.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the admin UI is translated into. Each has a resource bundle
 * {@code vaadin-i18n/translations*.properties}.
 */
public enum SupportedLanguage {

	ENGLISH(Locale.ENGLISH, "English"),

	SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, "简体中文");

	private final Locale locale;

	private final String nativeName;

	SupportedLanguage(Locale locale, String nativeName) {
		this.locale = locale;
		this.nativeName = nativeName;
	}

	public Locale locale() {
		return locale;
	}

	/**
	 * The language's name in itself, as a language menu shows it whatever the current
	 * language.
	 */
	public String nativeName() {
		return nativeName;
	}

	/**
	 * The supported language closest to a locale: same language and country first, then
	 * same language (so zh-TW and zh-SG get Simplified Chinese, en-GB gets English).
	 */
	public static Optional<SupportedLanguage> closestTo(Locale locale) {
		if (locale == null) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter(language -> language.locale.equals(locale))
			.findFirst()
			.or(() -> Arrays.stream(values())
				.filter(language -> language.locale.getLanguage().equals(locale.getLanguage()))
				.findFirst());
	}

	/** The language to use for a locale, English when Tandem does not speak it. */
	public static SupportedLanguage forLocale(Locale locale) {
		return closestTo(locale).orElse(ENGLISH);
	}

}

package dev.tandem.understanding.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Languages Tandem tells apart, with their ISO 639-1 code. English and Chinese get full
 * analysis; the others are recognised and reported so tickets can be routed.
 */
public enum Language {

	ENGLISH("en"), CHINESE("zh"), GERMAN("de"), FRENCH("fr"), SPANISH("es"), PORTUGUESE("pt"), ITALIAN("it"),
	DUTCH("nl"), JAPANESE("ja"), KOREAN("ko"), RUSSIAN("ru"), ARABIC("ar"), GREEK("el"), HEBREW("he"), THAI("th"),
	HINDI("hi"),
	/** No letters to judge by (empty, digits only, emoji only) or no profile fits. */
	UNKNOWN("und");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	/** ISO 639-1 code ({@code und} for {@link #UNKNOWN}). */
	public String code() {
		return this.code;
	}

	/**
	 * The language for an ISO code such as {@code en}, {@code zh-CN} or {@code pt_BR}.
	 */
	public static Optional<Language> fromCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
		return Arrays.stream(values()).filter((language) -> language.code.equals(primary)).findFirst();
	}

}

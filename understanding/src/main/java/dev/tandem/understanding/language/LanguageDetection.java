package dev.tandem.understanding.language;

import java.util.List;
import java.util.Optional;

import dev.tandem.understanding.explanation.Evidence;

/**
 * The outcome of language detection.
 *
 * @param language the dominant language ({@link Language#UNKNOWN} when nothing tells)
 * @param confidence how sure, in [0, 1]
 * @param secondary a second language present in a substantial share of the text (mixed
 * text such as {@code 我的 account 被锁了})
 * @param evidence the scripts and words that decided it
 */
public record LanguageDetection(Language language, double confidence, Optional<Language> secondary,
		List<Evidence> evidence) {

	public LanguageDetection {
		evidence = List.copyOf(evidence);
	}

	public static LanguageDetection unknown(List<Evidence> evidence) {
		return new LanguageDetection(Language.UNKNOWN, 0, Optional.empty(), evidence);
	}

	/** Whether two languages each make up a real share of the text. */
	public boolean isMixed() {
		return this.secondary.isPresent();
	}

	/**
	 * Whether the language is {@code candidate}, as the dominant or the secondary one.
	 */
	public boolean includes(Language candidate) {
		return this.language == candidate || this.secondary.filter(candidate::equals).isPresent();
	}

}

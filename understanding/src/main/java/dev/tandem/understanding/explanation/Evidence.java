package dev.tandem.understanding.explanation;

import java.util.Objects;

/**
 * One reason behind a result: which rule or lexicon entry fired, on what text, and how
 * much it moved the result. Shown to agents and in the try-it console.
 *
 * <p>
 * {@code matched} never holds personal data: the facade analyses masked text, and rules
 * that look at the reporter name the rule, not the person.
 *
 * @param source what produced it, e.g. {@code sentiment.lexicon},
 * {@code priority.rule:outage}, {@code language.script}, {@code input}
 * @param matched the term, phrase or rule that matched (empty for notes)
 * @param contribution signed weight it added (0 for notes)
 * @param explanation a short human-readable sentence
 */
public record Evidence(String source, String matched, double contribution, String explanation) {

	public Evidence {
		Objects.requireNonNull(source, "source");
		matched = (matched != null) ? matched : "";
		explanation = (explanation != null) ? explanation : "";
	}

	/** A note without weight, e.g. that only part of a long text was analysed. */
	public static Evidence note(String source, String explanation) {
		return new Evidence(source, "", 0, explanation);
	}

	@Override
	public String toString() {
		return (this.matched.isEmpty() ? this.source : this.source + " '" + this.matched + "'")
				+ ((this.contribution != 0) ? " (%+.2f)".formatted(this.contribution) : "") + ": " + this.explanation;
	}

}

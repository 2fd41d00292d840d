package dev.tandem.kb.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Words or phrases that mean the same in a knowledge base, e.g. {@code refund},
 * {@code money back}, {@code reimbursement} or {@code 退款}, {@code 退钱}. A question that
 * contains one of them also searches for the others.
 *
 * @param terms two or more distinct terms (words or short phrases), trimmed
 */
public record SynonymGroup(List<String> terms) {

	/** Longest accepted term, in characters. */
	public static final int MAX_TERM_LENGTH = 100;

	public SynonymGroup {
		Objects.requireNonNull(terms, "terms");
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (String term : terms) {
			if (term == null || term.isBlank()) {
				throw new IllegalArgumentException("synonym group contains a blank term");
			}
			String clean = term.strip().replaceAll("\\s+", " ");
			if (clean.length() > MAX_TERM_LENGTH) {
				throw new IllegalArgumentException(
						"synonym term '" + clean.substring(0, 20) + "...' is longer than " + MAX_TERM_LENGTH);
			}
			distinct.add(clean);
		}
		if (distinct.size() < 2) {
			throw new IllegalArgumentException("a synonym group needs at least two different terms, got " + terms);
		}
		terms = List.copyOf(distinct);
	}

	public static SynonymGroup of(String... terms) {
		return new SynonymGroup(List.of(terms));
	}

	/** Parses one line of a synonym list: terms separated by commas ({@code a, b, c}). */
	public static SynonymGroup parse(String line) {
		return new SynonymGroup(List.of(line.split("[,，]")));
	}

	@Override
	public String toString() {
		return String.join(", ", this.terms);
	}

}

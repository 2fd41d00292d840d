package dev.tandem.kb.analysis;

import java.util.List;

/**
 * A term a question did not contain but searches for because a synonym of it was in the
 * question.
 *
 * @param matched the synonym found in the question, as written in the group
 * @param added the synonym searched for in addition
 * @param tokens the search tokens of {@code added}
 */
public record SynonymExpansion(String matched, String added, List<String> tokens) {

	public SynonymExpansion {
		tokens = List.copyOf(tokens);
	}

	@Override
	public String toString() {
		return this.matched + " ~ " + this.added;
	}

}

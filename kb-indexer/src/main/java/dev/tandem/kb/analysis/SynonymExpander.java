package dev.tandem.kb.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Applies a knowledge base's synonym groups to a question at query time (the index needs
 * no rebuild when the list changes): every group one of whose terms occurs in the
 * question's tokens (as a contiguous token sequence, so phrases work) contributes its
 * other terms.
 */
public final class SynonymExpander {

	private final List<AnalysedGroup> groups;

	public SynonymExpander(List<SynonymGroup> groups, TextAnalyzer analyzer) {
		List<AnalysedGroup> analysed = new ArrayList<>();
		for (SynonymGroup group : groups) {
			List<AnalysedTerm> terms = new ArrayList<>();
			for (String term : group.terms()) {
				List<String> tokens = analyzer.tokens(term);
				if (!tokens.isEmpty()) {
					terms.add(new AnalysedTerm(term, tokens));
				}
			}
			analysed.add(new AnalysedGroup(terms));
		}
		this.groups = List.copyOf(analysed);
	}

	public static SynonymExpander none() {
		return new SynonymExpander(List.of(), null);
	}

	/**
	 * The expansions of a question.
	 * @param queryTokens the question's tokens ({@link TextAnalyzer#tokens})
	 * @return the extra terms to search, each once
	 */
	public List<SynonymExpansion> expand(List<String> queryTokens) {
		List<SynonymExpansion> expansions = new ArrayList<>();
		for (AnalysedGroup group : this.groups) {
			group.terms()
				.stream()
				.filter((term) -> Collections.indexOfSubList(queryTokens, term.tokens()) >= 0)
				.findFirst()
				.ifPresent((matched) -> group.terms()
					.stream()
					.filter((other) -> !other.tokens().equals(matched.tokens()))
					.filter((other) -> Collections.indexOfSubList(queryTokens, other.tokens()) < 0)
					.forEach((other) -> expansions
						.add(new SynonymExpansion(matched.text(), other.text(), other.tokens()))));
		}
		return expansions;
	}

	private record AnalysedTerm(String text, List<String> tokens) {
	}

	private record AnalysedGroup(List<AnalysedTerm> terms) {
	}

}

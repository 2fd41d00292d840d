package dev.tandem.kb.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.SynonymExpansion;
import dev.tandem.kb.analysis.TypoCorrection;

/**
 * A question made ready for search: language, tokens, the typo corrections and synonym
 * expansions that apply, and its embedding.
 *
 * @param text the question as asked
 * @param language its language (picks the embedding model and vector field)
 * @param tokens its search tokens as analysed
 * @param corrections unknown words read as known ones
 * @param expansions synonyms searched in addition
 * @param vector its embedding in {@code language}'s model
 */
public record AnalysedQuestion(String text, Language language, List<String> tokens, List<TypoCorrection> corrections,
		List<SynonymExpansion> expansions, float[] vector) {

	public AnalysedQuestion {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(language, "language");
		tokens = List.copyOf(tokens);
		corrections = List.copyOf(corrections);
		expansions = List.copyOf(expansions);
		Objects.requireNonNull(vector, "vector");
	}

	/** The tokens searched by BM25: the question's, with typos corrected. */
	public List<String> searchTokens() {
		List<String> searched = new ArrayList<>(this.tokens.size());
		for (String token : this.tokens) {
			searched.add(this.corrections.stream()
				.filter((c) -> c.original().equals(token))
				.map(TypoCorrection::corrected)
				.findFirst()
				.orElse(token));
		}
		return searched;
	}

}

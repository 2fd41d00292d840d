package dev.tandem.kb.retrieval;

import java.util.List;
import java.util.Optional;

import dev.tandem.kb.analysis.SynonymExpansion;
import dev.tandem.kb.analysis.TypoCorrection;

/**
 * Why an article matched a question.
 *
 * @param kind the kind of the unit that contributed most
 * @param unitText that unit's text (the example question, title or passage)
 * @param lexicalContribution the BM25 part of the article's score
 * @param vectorContribution the vector part of the article's score
 * @param cosine cosine similarity of the article's closest unit to the question
 * @param matchedTerms question tokens found in the article's best BM25 unit
 * @param synonyms synonym expansions that the article's best BM25 unit contains
 * @param typos typo corrections that the article's best BM25 unit contains
 */
public record MatchExplanation(UnitKind kind, String unitText, double lexicalContribution, double vectorContribution,
		double cosine, List<String> matchedTerms, List<SynonymExpansion> synonyms, List<TypoCorrection> typos) {

	public MatchExplanation {
		matchedTerms = List.copyOf(matchedTerms);
		synonyms = List.copyOf(synonyms);
		typos = List.copyOf(typos);
	}

	/** One readable line, e.g. for the admin UI or the {@code search} command. */
	public String summary() {
		StringBuilder line = new StringBuilder();
		line.append(this.kind.label()).append(" \"").append(abbreviated(this.unitText)).append('"');
		line.append(String.format(" (vector %.2f, cosine %.2f; BM25 %.2f", this.vectorContribution, this.cosine,
				this.lexicalContribution));
		if (!this.matchedTerms.isEmpty()) {
			line.append("; terms ").append(String.join(", ", this.matchedTerms));
		}
		if (!this.synonyms.isEmpty()) {
			line.append("; synonyms ").append(this.synonyms);
		}
		if (!this.typos.isEmpty()) {
			line.append("; typos ").append(this.typos);
		}
		return line.append(')').toString();
	}

	/** The dominant signal: which search mostly found this article. */
	public Optional<String> dominantSignal() {
		if (this.lexicalContribution == 0 && this.vectorContribution == 0) {
			return Optional.empty();
		}
		return Optional.of((this.vectorContribution >= this.lexicalContribution) ? "vector" : "bm25");
	}

	private static String abbreviated(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 77) + "...";
	}

}

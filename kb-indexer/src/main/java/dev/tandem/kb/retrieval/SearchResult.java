package dev.tandem.kb.retrieval;

import java.util.List;
import java.util.Optional;

/**
 * The articles found for a question, best first, with what list-level evidence the
 * confidence model needs.
 *
 * @param question the analysed question
 * @param candidates articles, best first (all that either search found)
 * @param lexicalTop the article BM25 alone would rank first
 * @param vectorTop the article the vector search alone would rank first
 * @param unmatchedTokenShare share of the question's search tokens that no unit BM25
 * found contains (words the knowledge base does not use; 0 for a question without tokens)
 */
public record SearchResult(AnalysedQuestion question, List<CandidateArticle> candidates, Optional<String> lexicalTop,
		Optional<String> vectorTop, double unmatchedTokenShare) {

	public SearchResult {
		candidates = List.copyOf(candidates);
	}

	/** Without the unmatched-token share (taken as 0). */
	public SearchResult(AnalysedQuestion question, List<CandidateArticle> candidates, Optional<String> lexicalTop,
			Optional<String> vectorTop) {
		this(question, candidates, lexicalTop, vectorTop, 0);
	}

	public Optional<CandidateArticle> best() {
		return this.candidates.isEmpty() ? Optional.empty() : Optional.of(this.candidates.get(0));
	}

	/** The candidate at a rank (0 = best). */
	public Optional<CandidateArticle> at(int rank) {
		return (rank < this.candidates.size()) ? Optional.of(this.candidates.get(rank)) : Optional.empty();
	}

}

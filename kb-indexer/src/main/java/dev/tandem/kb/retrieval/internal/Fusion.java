package dev.tandem.kb.retrieval.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.tandem.kb.analysis.SynonymExpansion;
import dev.tandem.kb.analysis.TypoCorrection;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.CandidateArticle;
import dev.tandem.kb.retrieval.MatchExplanation;
import dev.tandem.kb.retrieval.ScoredUnit;
import dev.tandem.kb.retrieval.SearchResult;
import dev.tandem.kb.retrieval.UnitHits;

/**
 * Fuses the BM25 and kNN unit hits of one question into a ranking of articles.
 * <p>
 * Units are aggregated per article by their best score in each search (an article is as
 * good as its best-matching title, question or passage). BM25 is normalised by the best
 * BM25 score of the question (its scale varies with the words asked); the cosine is kept
 * absolute (bge cosines are comparable across questions, which is also what lets
 * calibration tell "nothing matches" from "something matches"). The fused score is the
 * convex combination {@code w * cosine + (1 - w) * bm25Share}. An article only one search
 * found gets 0 from the other.
 */
public final class Fusion {

	/** How many nearest units count for {@link CandidateArticle#vectorSupport()}. */
	public static final int SUPPORT_DEPTH = 10;

	private final double vectorWeight;

	public Fusion(double vectorWeight) {
		this.vectorWeight = vectorWeight;
	}

	/**
	 * Ranks the articles of a question's hits.
	 * @param question the question
	 * @param hits what both searches found
	 * @param excluded units to ignore (calibration leaves out the question being
	 * replayed, or its whole article)
	 * @return the ranked articles
	 */
	public SearchResult fuse(AnalysedQuestion question, UnitHits hits, Predicate<ScoredUnit> excluded) {
		List<ScoredUnit> lexical = hits.lexical().stream().filter(excluded.negate()).toList();
		List<ScoredUnit> vector = hits.vector().stream().filter(excluded.negate()).toList();
		double maxLexical = lexical.stream().mapToDouble(ScoredUnit::score).max().orElse(0);
		Map<String, Evidence> byArticle = new LinkedHashMap<>();
		for (ScoredUnit unit : lexical) {
			Evidence evidence = byArticle.computeIfAbsent(unit.articleId(), (id) -> new Evidence(unit));
			if (evidence.lexical == null || unit.score() > evidence.lexical.score()) {
				evidence.lexical = unit;
			}
		}
		for (int rank = 0; rank < vector.size(); rank++) {
			ScoredUnit unit = vector.get(rank);
			Evidence evidence = byArticle.computeIfAbsent(unit.articleId(), (id) -> new Evidence(unit));
			if (evidence.vector == null) {
				evidence.vector = unit;
			}
			else if (evidence.secondCosine == 0) {
				evidence.secondCosine = unit.score();
			}
			if (rank < SUPPORT_DEPTH) {
				evidence.support++;
			}
		}
		Set<String> searchTokens = new HashSet<>(question.searchTokens());
		List<CandidateArticle> candidates = new ArrayList<>(byArticle.size());
		for (Evidence evidence : byArticle.values()) {
			candidates.add(candidate(question, searchTokens, evidence, maxLexical));
		}
		candidates
			.sort(Comparator.comparingDouble(CandidateArticle::score).reversed().thenComparing(CandidateArticle::id));
		Optional<String> lexicalTop = lexical.stream().findFirst().map(ScoredUnit::articleId);
		Optional<String> vectorTop = vector.stream().findFirst().map(ScoredUnit::articleId);
		return new SearchResult(question, candidates, lexicalTop, vectorTop);
	}

	private CandidateArticle candidate(AnalysedQuestion question, Set<String> searchTokens, Evidence evidence,
			double maxLexical) {
		double lexicalScore = (evidence.lexical != null) ? evidence.lexical.score() : 0;
		double lexicalShare = (maxLexical > 0) ? lexicalScore / maxLexical : 0;
		double cosine = (evidence.vector != null) ? evidence.vector.score() : 0;
		double vectorPart = this.vectorWeight * cosine;
		double lexicalPart = (1 - this.vectorWeight) * lexicalShare;
		ScoredUnit shown = (vectorPart >= lexicalPart && evidence.vector != null) ? evidence.vector
				: Optional.ofNullable(evidence.lexical).orElse(evidence.any);
		List<String> matched = List.of();
		List<SynonymExpansion> synonyms = List.of();
		List<TypoCorrection> typos = List.of();
		if (evidence.lexical != null) {
			Set<String> unitTokens = new HashSet<>(evidence.lexical.tokens());
			matched = searchTokens.stream().filter(unitTokens::contains).sorted().toList();
			synonyms = question.expansions().stream().filter((e) -> unitTokens.containsAll(e.tokens())).toList();
			typos = question.corrections().stream().filter((c) -> unitTokens.contains(c.corrected())).toList();
		}
		MatchExplanation explanation = new MatchExplanation(shown.kind(), shown.text(), lexicalPart, vectorPart, cosine,
				matched, synonyms, typos);
		ScoredUnit any = evidence.any;
		return new CandidateArticle(any.articleId(), any.articleTitle(), any.category(), any.status(),
				vectorPart + lexicalPart, lexicalScore, lexicalShare, cosine, evidence.secondCosine, evidence.support,
				explanation);
	}

	private static final class Evidence {

		private final ScoredUnit any;

		private ScoredUnit lexical;

		private ScoredUnit vector;

		private double secondCosine;

		private int support;

		Evidence(ScoredUnit any) {
			this.any = any;
		}

	}

}

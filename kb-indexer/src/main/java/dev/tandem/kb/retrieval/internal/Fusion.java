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
 * convex combination {@code w * vectorScore + (1 - w) * bm25Share}. An article only one
 * search found gets 0 from the other.
 * <p>
 * Unit voting: with {@code unitVote = v > 0} an article's vector score is
 * {@code (1 - v) * c1 + v * (c2 + c3) / 2} over its three best unit cosines (a missing
 * one counts as the lowest cosine the kNN search returned). A question close to several
 * example questions of one article is better evidence than one near-duplicate of another
 * article's single question. Independently, each article gets a soft vote share over the
 * question's {@value #SUPPORT_DEPTH} nearest units (softmax of their cosines), which
 * calibration uses to tell a clear winner from a crowd of similar articles.
 */
public final class Fusion {

	/** How many nearest units count for {@link CandidateArticle#vectorSupport()}. */
	public static final int SUPPORT_DEPTH = 10;

	/**
	 * Temperature of the vote softmax: bge cosines of close paraphrases differ by a few
	 * hundredths, so a unit 0.05 below the best still counts about a tenth.
	 */
	static final double VOTE_TEMPERATURE = 0.02;

	private final double vectorWeight;

	private final double unitVote;

	public Fusion(double vectorWeight) {
		this(vectorWeight, 0);
	}

	/**
	 * @param vectorWeight weight of the vector score in the fused score
	 * @param unitVote weight of an article's second and third best unit cosines in its
	 * vector score (0: best unit only)
	 */
	public Fusion(double vectorWeight, double unitVote) {
		this.vectorWeight = vectorWeight;
		this.unitVote = unitVote;
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
		double topCosine = vector.isEmpty() ? 0 : vector.get(0).score();
		double totalVotes = 0;
		for (int rank = 0; rank < vector.size(); rank++) {
			ScoredUnit unit = vector.get(rank);
			Evidence evidence = byArticle.computeIfAbsent(unit.articleId(), (id) -> new Evidence(unit));
			if (evidence.vector == null) {
				evidence.vector = unit;
			}
			else if (evidence.secondCosine == 0) {
				evidence.secondCosine = unit.score();
			}
			else if (evidence.thirdCosine == 0) {
				evidence.thirdCosine = unit.score();
			}
			if (rank < SUPPORT_DEPTH) {
				evidence.support++;
				double vote = Math.exp((unit.score() - topCosine) / VOTE_TEMPERATURE);
				evidence.votes += vote;
				totalVotes += vote;
			}
		}
		double floorCosine = vector.isEmpty() ? 0 : vector.get(vector.size() - 1).score();
		Set<String> searchTokens = new HashSet<>(question.searchTokens());
		List<CandidateArticle> candidates = new ArrayList<>(byArticle.size());
		for (Evidence evidence : byArticle.values()) {
			candidates.add(candidate(question, searchTokens, evidence, maxLexical, floorCosine, totalVotes));
		}
		candidates
			.sort(Comparator.comparingDouble(CandidateArticle::score).reversed().thenComparing(CandidateArticle::id));
		Optional<String> lexicalTop = lexical.stream().findFirst().map(ScoredUnit::articleId);
		Optional<String> vectorTop = vector.stream().findFirst().map(ScoredUnit::articleId);
		return new SearchResult(question, candidates, lexicalTop, vectorTop, unmatchedShare(searchTokens, lexical));
	}

	/**
	 * Share of the question's distinct search tokens in none of the BM25 hits: close to
	 * the share of words the knowledge base never uses (a token in the vocabulary but in
	 * no hit would have to be rarer than the 50 hits' words).
	 */
	private static double unmatchedShare(Set<String> searchTokens, List<ScoredUnit> lexical) {
		if (searchTokens.isEmpty()) {
			return 0;
		}
		Set<String> unmatched = new HashSet<>(searchTokens);
		for (ScoredUnit unit : lexical) {
			unit.tokens().forEach(unmatched::remove);
			if (unmatched.isEmpty()) {
				return 0;
			}
		}
		return (double) unmatched.size() / searchTokens.size();
	}

	private CandidateArticle candidate(AnalysedQuestion question, Set<String> searchTokens, Evidence evidence,
			double maxLexical, double floorCosine, double totalVotes) {
		double lexicalScore = (evidence.lexical != null) ? evidence.lexical.score() : 0;
		double lexicalShare = (maxLexical > 0) ? lexicalScore / maxLexical : 0;
		double cosine = (evidence.vector != null) ? evidence.vector.score() : 0;
		double vectorPart = this.vectorWeight * vectorScore(evidence, cosine, floorCosine);
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
				vectorPart + lexicalPart, lexicalScore, lexicalShare, cosine, evidence.secondCosine,
				evidence.thirdCosine, evidence.support, (totalVotes > 0) ? evidence.votes / totalVotes : 0,
				explanation);
	}

	private double vectorScore(Evidence evidence, double cosine, double floorCosine) {
		if (this.unitVote == 0 || evidence.vector == null) {
			return cosine;
		}
		double second = (evidence.secondCosine > 0) ? evidence.secondCosine : floorCosine;
		double third = (evidence.thirdCosine > 0) ? evidence.thirdCosine : floorCosine;
		return (1 - this.unitVote) * cosine + this.unitVote * (second + third) / 2;
	}

	private static final class Evidence {

		private final ScoredUnit any;

		private ScoredUnit lexical;

		private ScoredUnit vector;

		private double secondCosine;

		private double thirdCosine;

		private int support;

		private double votes;

		Evidence(ScoredUnit any) {
			this.any = any;
		}

	}

}

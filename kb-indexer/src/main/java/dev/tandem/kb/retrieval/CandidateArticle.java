package dev.tandem.kb.retrieval;

import java.util.Optional;

import dev.tandem.kb.article.ArticleStatus;

/**
 * An article found for a question, with the evidence fusion weighed.
 *
 * @param id article id
 * @param title article title
 * @param category article category
 * @param status article status
 * @param score fused score (ranks articles of one question; not a probability)
 * @param lexicalScore best BM25 score among its units (raw)
 * @param lexicalShare that score divided by the best BM25 score of the question (0..1)
 * @param cosine best cosine similarity among its units (0 when none was among the vector
 * hits)
 * @param secondCosine second best cosine among its units (0 when none)
 * @param thirdCosine third best cosine among its units (0 when none)
 * @param vectorSupport how many of the question's 10 nearest units belong to it
 * @param voteShare its share of a softmax vote over the question's 10 nearest units
 * (0..1; near 1: the nearest units are almost all its own)
 * @param explanation why it matched
 * @param classifierProbability the knowledge base's article classifier's probability that
 * the question asks for this article (0 when no classifier ranked the result)
 */
public record CandidateArticle(String id, String title, Optional<String> category, ArticleStatus status, double score,
		double lexicalScore, double lexicalShare, double cosine, double secondCosine, double thirdCosine,
		int vectorSupport, double voteShare, MatchExplanation explanation, double classifierProbability) {

	/** Without a classifier probability (fusion alone). */
	public CandidateArticle(String id, String title, Optional<String> category, ArticleStatus status, double score,
			double lexicalScore, double lexicalShare, double cosine, double secondCosine, double thirdCosine,
			int vectorSupport, double voteShare, MatchExplanation explanation) {
		this(id, title, category, status, score, lexicalScore, lexicalShare, cosine, secondCosine, thirdCosine,
				vectorSupport, voteShare, explanation, 0);
	}

	/** The same candidate as re-ranked by the article classifier. */
	public CandidateArticle withClassifier(double probability, double rerankedScore) {
		return new CandidateArticle(this.id, this.title, this.category, this.status, rerankedScore, this.lexicalScore,
				this.lexicalShare, this.cosine, this.secondCosine, this.thirdCosine, this.vectorSupport, this.voteShare,
				this.explanation, probability);
	}

	/** Without a third cosine (kept for callers written before it existed). */
	public CandidateArticle(String id, String title, Optional<String> category, ArticleStatus status, double score,
			double lexicalScore, double lexicalShare, double cosine, double secondCosine, int vectorSupport,
			double voteShare, MatchExplanation explanation) {
		this(id, title, category, status, score, lexicalScore, lexicalShare, cosine, secondCosine, 0, vectorSupport,
				voteShare, explanation);
	}

}

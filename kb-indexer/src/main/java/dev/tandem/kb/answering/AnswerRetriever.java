package dev.tandem.kb.answering;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.calibration.ArticleClassifier;
import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.CandidateArticle;
import dev.tandem.kb.retrieval.HybridSearch;
import dev.tandem.kb.retrieval.SearchResult;
import dev.tandem.kb.retrieval.UnitHits;

/**
 * The knowledge base's answer to a question: hybrid retrieval plus calibrated confidence.
 * This is what the connector calls for every ticket and the admin UI for its search; it
 * has no side effects.
 */
public class AnswerRetriever {

	private final HybridSearch search;

	private final CalibrationService calibration;

	public AnswerRetriever(HybridSearch search, CalibrationService calibration) {
		this.search = search;
		this.calibration = calibration;
	}

	public RetrievalResult retrieve(String question, RetrievalOptions options) {
		return retrieveAll(List.of(question), options).get(0);
	}

	/** Retrieves many questions at once (batched embedding and search). */
	public List<RetrievalResult> retrieveAll(List<String> questions, RetrievalOptions options) {
		Calibration current = this.calibration.current();
		ArticleClassifier classifier = this.calibration.classifier();
		List<RetrievalResult> results = new ArrayList<>(questions.size());
		for (int from = 0; from < questions.size(); from += 64) {
			List<String> batch = questions.subList(from, Math.min(questions.size(), from + 64));
			List<AnalysedQuestion> analysed = this.search.analyseAll(batch);
			List<UnitHits> hits = this.search.hits(analysed, options.filter());
			for (int i = 0; i < batch.size(); i++) {
				SearchResult result = classifier
					.rerank(this.search.rank(analysed.get(i), hits.get(i), (unit) -> false));
				results.add(result(result, current, options));
			}
		}
		return results;
	}

	/** The calibration in force: threshold, expected precision/coverage curve. */
	public Calibration calibration() {
		return this.calibration.current();
	}

	static RetrievalResult result(SearchResult result, Calibration calibration, RetrievalOptions options) {
		double confidence = calibration.confidence(result);
		boolean publishedBest = result.best().map((best) -> best.status() == ArticleStatus.PUBLISHED).orElse(false);
		List<ArticleMatch> articles = result.candidates()
			.stream()
			.limit(options.maxArticles())
			.map(AnswerRetriever::match)
			.toList();
		return new RetrievalResult(publishedBest && calibration.answers(confidence), confidence,
				result.question().language().tag(), articles, calibration.threshold(), calibration.warning());
	}

	private static ArticleMatch match(CandidateArticle candidate) {
		return new ArticleMatch(candidate.id(), candidate.title(), candidate.category(), candidate.status(),
				candidate.score(), candidate.explanation());
	}

}

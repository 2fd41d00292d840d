package dev.tandem.kb.answering;

import java.util.List;
import java.util.Optional;

/**
 * What the knowledge base has for a question.
 *
 * @param answerable whether the best article may be sent as an automatic answer: it is
 * published and {@code confidence >= threshold}
 * @param confidence calibrated probability that the best article is the right one
 * @param language language of the question ({@code en} or {@code zh})
 * @param articles up to the requested number of articles, best first
 * @param threshold the auto-answer threshold in force
 * @param calibrationWarning set when the threshold is not a calibrated one (e.g. too few
 * example questions)
 */
public record RetrievalResult(boolean answerable, double confidence, String language, List<ArticleMatch> articles,
		double threshold, Optional<String> calibrationWarning) {

	public RetrievalResult {
		articles = List.copyOf(articles);
	}

	public Optional<ArticleMatch> best() {
		return this.articles.isEmpty() ? Optional.empty() : Optional.of(this.articles.get(0));
	}

}

package dev.tandem.kb.answering;

import java.util.Optional;

import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.retrieval.MatchExplanation;

/**
 * An article retrieved for a question.
 *
 * @param id article id
 * @param title article title
 * @param category article category
 * @param status article status
 * @param score fused retrieval score (orders articles; the confidence is in
 * {@link RetrievalResult})
 * @param explanation why it matched
 */
public record ArticleMatch(String id, String title, Optional<String> category, ArticleStatus status, double score,
		MatchExplanation explanation) {
}

package dev.tandem.kb.retrieval;

import java.util.List;
import java.util.Optional;

import dev.tandem.kb.article.ArticleStatus;

/**
 * One unit found by one of the two searches.
 *
 * @param unitId the unit's id
 * @param articleId its article
 * @param articleTitle its article's title
 * @param category its article's category
 * @param status its article's status
 * @param kind title, example question or body passage
 * @param text the unit's text
 * @param tokens the unit's search tokens
 * @param score BM25 score (lexical search) or cosine similarity (vector search)
 */
public record ScoredUnit(String unitId, String articleId, String articleTitle, Optional<String> category,
		ArticleStatus status, UnitKind kind, String text, List<String> tokens, double score) {

	public ScoredUnit {
		tokens = List.copyOf(tokens);
	}

}

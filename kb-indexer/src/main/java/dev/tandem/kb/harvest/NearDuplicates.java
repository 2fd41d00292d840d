package dev.tandem.kb.harvest;

import java.util.Optional;

/**
 * Finds the published article a ticket's question is a near-duplicate of. The knowledge
 * base's implementation asks the answer retriever (hybrid search, calibrated confidence)
 * over published articles only; tests plug their own.
 */
@FunctionalInterface
public interface NearDuplicates {

	/**
	 * @param question the ticket's question, already masked
	 * @return the published article it duplicates, with the retrieval's confidence
	 */
	Optional<Match> find(String question);

	/**
	 * A published article close to the question.
	 *
	 * @param articleId the article
	 * @param confidence calibrated confidence that it answers the question (0 to 1)
	 */
	record Match(String articleId, double confidence) {

	}

}

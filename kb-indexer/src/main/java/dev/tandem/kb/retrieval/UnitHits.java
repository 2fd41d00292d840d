package dev.tandem.kb.retrieval;

import java.util.List;

/**
 * What the two searches of one question found, best first, before fusion.
 *
 * @param lexical BM25 hits on the search tokens
 * @param vector kNN hits on the question's embedding (score = cosine)
 */
public record UnitHits(List<ScoredUnit> lexical, List<ScoredUnit> vector) {

	public UnitHits {
		lexical = List.copyOf(lexical);
		vector = List.copyOf(vector);
	}

}

package dev.tandem.kb.retrieval;

import java.util.List;

/**
 * Units of some articles were (re)indexed or removed: what calibration listens to.
 *
 * @param articleIds the articles concerned
 */
public record KnowledgeUnitsChanged(List<String> articleIds) {

	public KnowledgeUnitsChanged {
		articleIds = List.copyOf(articleIds);
	}

}

package dev.tandem.connector.gaps;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A topic customers ask about that the knowledge base does not answer well: tickets
 * escalated because no article was confident, or whose automatic answer failed, grouped
 * by meaning.
 *
 * @param id stable while the gap's earliest ticket stays in the window
 * @param label its most distinctive words, e.g. {@code "invoice vat number"}
 * @param size tickets in the period
 * @param previousSize tickets in the period before, of the same length
 * @param trend how the volume moved
 * @param answerFailures of the period's tickets, how many had a failed automatic answer
 * (the rest had no confident article)
 * @param examples newest example tickets of the period
 * @param languages tickets per language tag
 * @param categories tickets per category of their best (weak) article
 * @param score ranking score: volume plus growth
 */
public record KnowledgeGap(String id, String label, int size, int previousSize, GapTrend trend, int answerFailures,
		List<GapExample> examples, Map<String, Integer> languages, Map<String, Integer> categories, double score) {

	public KnowledgeGap {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(trend, "trend");
		examples = List.copyOf(Objects.requireNonNullElse(examples, List.of()));
		languages = Map.copyOf(Objects.requireNonNullElse(languages, Map.of()));
		categories = Map.copyOf(Objects.requireNonNullElse(categories, Map.of()));
	}

}

package dev.tandem.kb.harvest;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts of a harvest run, for its summary line. */
public final class HarvestReport {

	private final Map<HarvestOutcome.Kind, Integer> kinds = new EnumMap<>(HarvestOutcome.Kind.class);

	private final Map<String, Integer> skipped = new LinkedHashMap<>();

	public void add(HarvestOutcome outcome) {
		this.kinds.merge(outcome.kind(), 1, Integer::sum);
		if (outcome.kind() == HarvestOutcome.Kind.SKIPPED) {
			this.skipped.merge(outcome.reason(), 1, Integer::sum);
		}
	}

	public int count(HarvestOutcome.Kind kind) {
		return this.kinds.getOrDefault(kind, 0);
	}

	public int total() {
		return this.kinds.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * {@code drafts created 3, suggested edits 1, unchanged 2, skipped 2 (no public reply
	 * by an agent: 2)}.
	 */
	public String summary() {
		String line = "drafts created " + count(HarvestOutcome.Kind.DRAFT_CREATED) + ", suggested edits "
				+ count(HarvestOutcome.Kind.SUGGESTED_EDIT) + ", unchanged " + count(HarvestOutcome.Kind.UNCHANGED)
				+ ", skipped " + count(HarvestOutcome.Kind.SKIPPED);
		if (this.skipped.isEmpty()) {
			return line;
		}
		return line + this.skipped.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.joining(", ", " (", ")"));
	}

}

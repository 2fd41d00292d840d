package dev.tandem.kb.retrieval.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.retrieval.ScoredUnit;
import dev.tandem.kb.retrieval.UnitKind;

/**
 * What this process has read of each unit, by version, so that a search asks
 * Elasticsearch only for ids, scores and versions.
 * <p>
 * Why: a search's fetch phase parses the whole stored source of every hit (100 per
 * question, each with its vector as JSON) to filter out a few fields; that was most of
 * Elasticsearch's search work per ticket. Units change rarely, so the fields are read
 * once per unit version and kept here. A hit is resolved from an entry of the same or a
 * newer version (same primary term); otherwise the unit is read again, from the last
 * refreshed state, as the search saw it.
 */
public class KnownUnits {

	/**
	 * Units kept: about 1 KB each for an example question, up to 5 KB for a body passage
	 * (its tokens); a larger knowledge base only costs reads for the ones not kept.
	 */
	static final int CAPACITY = 20_000;

	private final Map<String, KnownUnit> units;

	private final int capacity;

	public KnownUnits() {
		this(CAPACITY);
	}

	KnownUnits(int capacity) {
		this.capacity = capacity;
		this.units = new LinkedHashMap<>(1024, 0.75f, true);
	}

	/**
	 * The scored units of a search's hits, best first. Hits whose unit this process does
	 * not know at that version are read with {@code reader} (one call for all of them); a
	 * unit deleted since the search is left out.
	 */
	public List<List<ScoredUnit>> resolve(List<List<UnitHit>> searches, UnitReader reader) {
		// one look-up per unit, kept here: reading the unknown ones may push known ones
		// out of the cache before the hits are put together
		Map<String, KnownUnit> units = new HashMap<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (List<UnitHit> hits : searches) {
			for (UnitHit hit : hits) {
				if (!units.containsKey(hit.id())) {
					known(hit).ifPresentOrElse((unit) -> units.put(unit.id(), unit), () -> unknown.add(hit.id()));
				}
			}
		}
		if (!unknown.isEmpty()) {
			for (KnownUnit unit : reader.read(List.copyOf(unknown))) {
				units.put(unit.id(), unit);
				remember(unit);
			}
		}
		List<List<ScoredUnit>> resolved = new ArrayList<>(searches.size());
		for (List<UnitHit> hits : searches) {
			resolved.add(hits.stream()
				.filter((hit) -> units.containsKey(hit.id()))
				.map((hit) -> units.get(hit.id()).scored(hit.score()))
				.toList());
		}
		return resolved;
	}

	/** Forgets everything, e.g. after units were rewritten in bulk. */
	public synchronized void clear() {
		this.units.clear();
	}

	synchronized int size() {
		return this.units.size();
	}

	private synchronized Optional<KnownUnit> known(UnitHit hit) {
		KnownUnit unit = this.units.get(hit.id());
		return (unit != null && unit.isAtLeast(hit)) ? Optional.of(unit) : Optional.empty();
	}

	private synchronized void remember(KnownUnit unit) {
		KnownUnit before = this.units.get(unit.id());
		if (before != null && before.primaryTerm() == unit.primaryTerm() && before.seqNo() > unit.seqNo()) {
			return;
		}
		this.units.put(unit.id(), unit);
		if (this.units.size() > this.capacity) {
			this.units.remove(this.units.keySet().iterator().next());
		}
	}

	/** Reads units by id, with their versions; a missing id is left out. */
	@FunctionalInterface
	public interface UnitReader {

		List<KnownUnit> read(List<String> ids);

	}

	/**
	 * A search hit before its unit is known: id, score and the version the search saw.
	 */
	public record UnitHit(String id, double score, long seqNo, long primaryTerm) {
	}

	/** A unit's fields at one version. */
	public record KnownUnit(String id, long seqNo, long primaryTerm, String articleId, String articleTitle,
			Optional<String> category, ArticleStatus status, UnitKind kind, String text, List<String> tokens) {

		public KnownUnit {
			tokens = List.copyOf(tokens);
		}

		static KnownUnit of(String id, long seqNo, long primaryTerm, UnitDocument source) {
			return new KnownUnit(id, seqNo, primaryTerm, source.articleId(), source.articleTitle(),
					Optional.ofNullable(source.category()), ArticleStatus.valueOf(source.status()),
					UnitKind.valueOf(source.kind()), source.text(), source.tokenList());
		}

		boolean isAtLeast(UnitHit hit) {
			return this.primaryTerm == hit.primaryTerm() && this.seqNo >= hit.seqNo();
		}

		ScoredUnit scored(double score) {
			return new ScoredUnit(this.id, this.articleId, this.articleTitle, this.category, this.status, this.kind,
					this.text, this.tokens, score);
		}

	}

}

package dev.tandem.kb.retrieval.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.retrieval.ScoredUnit;
import dev.tandem.kb.retrieval.UnitKind;
import dev.tandem.kb.retrieval.internal.KnownUnits.KnownUnit;
import dev.tandem.kb.retrieval.internal.KnownUnits.UnitHit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class KnownUnitsTest {

	private final StoredUnits stored = new StoredUnits();

	private final KnownUnits known = new KnownUnits(3);

	@Test
	void readsEachUnitOnceAndKeepsTheScoresOfEachSearch() {
		this.stored.put(unit("refund#q0", 4, "How long does a refund take?"));
		this.stored.put(unit("card#t0", 7, "Card delivery"));

		List<List<ScoredUnit>> first = this.known.resolve(
				List.of(List.of(hit("refund#q0", 8.5, 4), hit("card#t0", 2.0, 7)), List.of(hit("refund#q0", 0.91, 4))),
				this.stored);
		List<List<ScoredUnit>> second = this.known.resolve(List.of(List.of(hit("card#t0", 3.0, 7))), this.stored);

		assertThat(first.get(0)).extracting(ScoredUnit::unitId, ScoredUnit::score)
			.containsExactly(tuple("refund#q0", 8.5), tuple("card#t0", 2.0));
		assertThat(first.get(1)).extracting(ScoredUnit::text).containsExactly("How long does a refund take?");
		assertThat(second.get(0)).extracting(ScoredUnit::score).containsExactly(3.0);
		assertThat(this.stored.reads).containsExactly(List.of("refund#q0", "card#t0"));
	}

	@Test
	void aHitOfANewerVersionReadsTheUnitAgain() {
		this.stored.put(unit("refund#q0", 4, "How long does a refund take?"));
		this.known.resolve(List.of(List.of(hit("refund#q0", 1, 4))), this.stored);
		this.stored.put(unit("refund#q0", 9, "When will my refund arrive?"));

		List<List<ScoredUnit>> resolved = this.known.resolve(List.of(List.of(hit("refund#q0", 1, 9))), this.stored);

		assertThat(resolved.get(0)).extracting(ScoredUnit::text).containsExactly("When will my refund arrive?");
		assertThat(this.stored.reads).hasSize(2);
	}

	@Test
	void aUnitDeletedSinceTheSearchIsLeftOut() {
		List<List<ScoredUnit>> resolved = this.known.resolve(List.of(List.of(hit("gone#q0", 5, 3))), this.stored);

		assertThat(resolved.get(0)).isEmpty();
	}

	@Test
	void keepsAtMostItsCapacityForgettingTheLeastRecentlyUsed() {
		for (String id : List.of("a#q0", "b#q0", "c#q0", "d#q0")) {
			this.stored.put(unit(id, 1, id));
			this.known.resolve(List.of(List.of(hit(id, 1, 1))), this.stored);
		}
		this.known.resolve(List.of(List.of(hit("a#q0", 1, 1))), this.stored);

		assertThat(this.known.size()).isEqualTo(3);
		assertThat(this.stored.reads).hasSize(5);
	}

	@Test
	void aKnownUnitPushedOutByTheUnitsReadForTheSameSearchIsStillFound() {
		this.stored.put(unit("a#q0", 1, "a"));
		this.known.resolve(List.of(List.of(hit("a#q0", 1, 1))), this.stored);
		for (String id : List.of("b#q0", "c#q0", "d#q0")) {
			this.stored.put(unit(id, 1, id));
		}

		List<List<ScoredUnit>> resolved = this.known.resolve(
				List.of(List.of(hit("a#q0", 4, 1), hit("b#q0", 3, 1), hit("c#q0", 2, 1), hit("d#q0", 1, 1))),
				this.stored);

		assertThat(resolved.get(0)).extracting(ScoredUnit::unitId).containsExactly("a#q0", "b#q0", "c#q0", "d#q0");
	}

	private static UnitHit hit(String id, double score, long seqNo) {
		return new UnitHit(id, score, seqNo, 1);
	}

	private static KnownUnit unit(String id, long seqNo, String text) {
		return new KnownUnit(id, seqNo, 1, id.substring(0, id.indexOf('#')), "Title", Optional.of("billing"),
				ArticleStatus.PUBLISHED, UnitKind.QUESTION, text, List.of(text.split(" ")));
	}

	/** Elasticsearch's last refreshed state, recording every read. */
	private static final class StoredUnits implements KnownUnits.UnitReader {

		private final Map<String, KnownUnit> units = new HashMap<>();

		private final List<List<String>> reads = new ArrayList<>();

		void put(KnownUnit unit) {
			this.units.put(unit.id(), unit);
		}

		@Override
		public List<KnownUnit> read(List<String> ids) {
			this.reads.add(ids);
			return ids.stream().filter(this.units::containsKey).map(this.units::get).toList();
		}

	}

}

package dev.tandem.kb.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AtecComponentsTest {

	@Test
	void paraphrasePairsChainIntoOneComponentAndNonParaphrasesStayApart() {
		List<String[]> rows = List.of(row("花呗怎么还款", "花呗如何还钱", "1"), row("花呗如何还钱", "怎样还花呗", "1"),
				row("借呗额度怎么提升", "借呗提额方法", "1"), row("花呗怎么还款", "借呗额度怎么提升", "0"));
		Map<String, List<String>> components = AtecComponents.distinct(rows, new Random(1), 10);
		assertThat(components.values()).containsExactlyInAnyOrder(List.of("怎样还花呗", "花呗如何还钱", "花呗怎么还款"),
				List.of("借呗提额方法", "借呗额度怎么提升"));
	}

	@Test
	void aComponentThatNearlyRepeatsOneAlreadyTakenIsDropped() {
		List<String[]> rows = List.of(row("花呗怎么还款呢", "花呗如何还钱", "1"), row("花呗怎么还款啊", "还花呗的办法", "1"));
		Map<String, List<String>> components = AtecComponents.distinct(rows, new Random(1), 10);
		assertThat(components).hasSize(1);
	}

	@Test
	void bigramJaccardIgnoresPunctuation() {
		assertThat(AtecComponents.jaccard(AtecComponents.bigrams("花呗还款？"), AtecComponents.bigrams("花呗还款")))
			.isCloseTo(1.0, within(1e-9));
		assertThat(AtecComponents.jaccard(AtecComponents.bigrams("花呗"), AtecComponents.bigrams("借呗"))).isZero();
	}

	private static String[] row(String first, String second, String label) {
		return new String[] { "0", first, second, label };
	}

}

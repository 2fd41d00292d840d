package dev.tandem.connector.gaps;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicClustererTest {

	@Test
	void groupsVectorsBySimilarityAndKeepsUnrelatedOnesApart() {
		List<float[]> vectors = List.of(unit(1, 0, 0), unit(0, 1, 0), unit(0.95f, 0.1f, 0), unit(0, 0.98f, 0.1f),
				unit(0, 0, 1), unit(0.9f, 0.05f, 0.05f));
		List<List<Integer>> clusters = new TopicClusterer(0.9).cluster(vectors);
		assertThat(clusters).containsExactlyInAnyOrder(List.of(0, 2, 5), List.of(1, 3), List.of(4));
	}

	@Test
	void mergesClustersWhoseCentroidsMeetTheThresholdWhateverTheOrder() {
		// at 0 and 30 degrees, a and b are too far apart (cos 0.87); c at 15 degrees
		// joins
		// one of them, and that cluster's centroid is then close enough to the other
		List<float[]> vectors = List.of(unit(1, 0), unit(0.866f, 0.5f), unit(0.966f, 0.259f));
		List<List<Integer>> clusters = new TopicClusterer(0.9).cluster(vectors);
		assertThat(clusters).containsExactly(List.of(0, 1, 2));
	}

	@Test
	void aThresholdOfOneSeparatesEveryDistinctVector() {
		List<float[]> vectors = List.of(unit(1, 0, 0), unit(0.9f, 0.1f, 0), unit(0, 1, 0));
		assertThat(new TopicClusterer(1.0).cluster(vectors)).hasSize(3);
	}

	static float[] unit(float... values) {
		double norm = 0;
		for (float value : values) {
			norm += value * value;
		}
		float[] unit = new float[values.length];
		for (int i = 0; i < values.length; i++) {
			unit[i] = (float) (values[i] / Math.sqrt(norm));
		}
		return unit;
	}

}

package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.ExampleQuestion;
import dev.tandem.kb.retrieval.RetrievalSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calibration progress: replays and the article classifier's eleven models, as the
 * command line prints them.
 */
class CalibrationProgressTest {

	@Test
	void printsReplaysAndTrainedModelsAsLines() {
		List<String> lines = new ArrayList<>();
		CalibrationProgress progress = CalibrationProgress.lines(lines::add);
		progress.accept(256);
		progress.classifierModelTrained(3, 11);
		assertThat(lines).containsExactly("calibrating: 256 example questions replayed",
				"calibrating: 3 of 11 article classifier models trained");
	}

	@Test
	void aPlainConsumerStillHearsOfReplaysOnly() {
		List<Integer> replayed = new ArrayList<>();
		IntConsumer plain = replayed::add;
		CalibrationProgress progress = CalibrationProgress.of(plain);
		progress.accept(7);
		progress.classifierModelTrained(1, 11);
		assertThat(replayed).containsExactly(7);
		CalibrationProgress lines = CalibrationProgress.lines((line) -> {
		});
		assertThat(CalibrationProgress.of(lines)).isSameAs(lines);
	}

	@Test
	void trainingTheOutOfFoldModelsReportsEachOfTheEleven() {
		Random random = new Random(11);
		List<ExampleQuestion> units = new ArrayList<>();
		for (int a = 0; a < 4; a++) {
			for (int q = 0; q < 6; q++) {
				float[] v = new float[8];
				v[a] = 1;
				for (int d = 0; d < v.length; d++) {
					v[d] += 0.2f * (float) random.nextGaussian();
				}
				units.add(new ExampleQuestion("a" + a + "#Q" + q, "a" + a,
						new AnalysedQuestion("q", Language.ENGLISH, List.of(), List.of(), List.of(), v)));
			}
		}
		List<int[]> reported = Collections.synchronizedList(new ArrayList<>());
		CalibrationProgress progress = new CalibrationProgress() {

			@Override
			public void accept(int replayed) {
			}

			@Override
			public void classifierModelTrained(int done, int total) {
				reported.add(new int[] { done, total });
			}

		};
		OutOfFoldClassifiers.train(units, units, RetrievalSettings.defaults(), progress);
		assertThat(reported).hasSize(11).allSatisfy((step) -> assertThat(step[1]).isEqualTo(11));
		assertThat(reported.stream().mapToInt((step) -> step[0]).sorted().toArray()).containsExactly(1, 2, 3, 4, 5, 6,
				7, 8, 9, 10, 11);
	}

}

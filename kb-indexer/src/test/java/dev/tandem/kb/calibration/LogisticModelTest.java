package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogisticModelTest {

	@Test
	void recoversTheCoefficientsOfALogisticProcess() {
		Random random = new Random(1);
		List<double[]> x = new ArrayList<>();
		int n = 20_000;
		int[] y = new int[n];
		for (int i = 0; i < n; i++) {
			double a = random.nextGaussian();
			double b = random.nextGaussian();
			x.add(new double[] { a, b });
			double p = 1 / (1 + Math.exp(-(0.5 + 2 * a - 1 * b)));
			y[i] = random.nextDouble() < p ? 1 : 0;
		}
		double[] weights = new double[n];
		Arrays.fill(weights, 1);
		LogisticModel model = LogisticModel.fit(x, y, weights, 0.0);
		assertThat(model.probability(new double[] { 0, 0 })).isCloseTo(1 / (1 + Math.exp(-0.5)), within(0.03));
		assertThat(model.probability(new double[] { 1, 1 })).isCloseTo(1 / (1 + Math.exp(-1.5)), within(0.03));
	}

	@Test
	void separableDataStaysFiniteWithThePenalty() {
		List<double[]> x = List.of(new double[] { 0 }, new double[] { 1 }, new double[] { 2 }, new double[] { 3 });
		LogisticModel model = LogisticModel.fit(x, new int[] { 0, 0, 1, 1 }, new double[] { 1, 1, 1, 1 }, 1.0);
		assertThat(model.probability(new double[] { 3 })).isBetween(0.5, 1.0);
		assertThat(model.probability(new double[] { 0 })).isBetween(0.0, 0.5);
		assertThat(model.weights()).allSatisfy((w) -> assertThat(w).isFinite());
	}

	@Test
	void sampleWeightsShiftTheBaseRate() {
		List<double[]> x = List.of(new double[] { 0 }, new double[] { 0 });
		LogisticModel model = LogisticModel.fit(x, new int[] { 1, 0 }, new double[] { 3, 1 }, 1.0);
		assertThat(model.probability(new double[] { 0 })).isCloseTo(0.75, within(1e-6));
	}

	@Test
	void solvesLinearSystems() {
		double[] solution = LogisticModel.solve(new double[][] { { 2, 1 }, { 1, 3 } }, new double[] { 3, 5 });
		assertThat(solution[0]).isCloseTo(0.8, within(1e-12));
		assertThat(solution[1]).isCloseTo(1.4, within(1e-12));
	}

}

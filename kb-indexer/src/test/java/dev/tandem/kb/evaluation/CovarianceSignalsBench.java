package dev.tandem.kb.evaluation;

import java.util.List;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.calibration.internal.SoftmaxRegression;
import dev.tandem.kb.embedding.BgeTextEmbedder;
import dev.tandem.kb.evaluation.BenchmarkScenarios.Scenario;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Experiment (prints only): a shared within-article covariance of the example questions'
 * embeddings (shrunk towards a multiple of the identity) gives a Mahalanobis distance to
 * each article's mean. Does it rank (a linear discriminant) or tell out-of-scope
 * questions apart better than the softmax classifier and the cosines? In memory, on
 * tuning splits.
 */
class CovarianceSignalsBench {

	private static final double[] SHRINKAGE = { 0.05, 0.1, 0.2, 0.4 };

	@Test
	void signals() {
		Assumptions.assumeTrue(BenchmarkScenarios.available(), "datasets not found");
		BgeTextEmbedder embedder = new BgeTextEmbedder();
		String only = System.getProperty("tandem.bench.datasets", "");
		for (Scenario scenario : List.of(BenchmarkScenarios.banking77("banking77", 10, 30, 10, 1500),
				BenchmarkScenarios.banking77("banking77-30-examples", 30, 30, 10, 1500),
				BenchmarkScenarios.bitext(10, 3, 1000), BenchmarkScenarios.clinc150(10, 1500))) {
			if (only.isBlank() || List.of(only.split(",")).contains(scenario.name())) {
				measure(scenario, embedder, !Boolean.getBoolean("tandem.bench.held-out"));
			}
		}
	}

	private static void measure(Scenario scenario, BgeTextEmbedder embedder, boolean tuning) {
		SignalTable.ScenarioUnits embedded = SignalTable.ScenarioUnits.embed(scenario, embedder);
		float[][] units = embedded.vectors();
		int[] classes = embedded.classes();
		List<String> articles = embedded.articles();
		int k = articles.size();
		SoftmaxRegression model = SoftmaxRegression.fit(units, classes, k, 1e-3, 60);
		List<EvaluationQuestion> asked = tuning ? scenario.tuning() : scenario.heldOut();
		float[][] questions = embedder.embedAll(asked.stream().map(EvaluationQuestion::text).toList(), Language.ENGLISH)
			.stream()
			.map(SignalTable::unit)
			.toArray(float[][]::new);
		int n = asked.size();
		boolean[] outOfScope = new boolean[n];
		for (int i = 0; i < n; i++) {
			outOfScope[i] = !asked.get(i).inScope();
		}
		System.out.printf("%s %s: %d questions, %d out of scope, %d units, %d articles (load %s)%n", scenario.name(),
				tuning ? "tuning" : "held out", n, count(outOfScope), units.length, k, SignalTable.load());
		// Baseline: the product's classifier probability, margin and cosines.
		SignalTable baseline = new SignalTable(scenario.name(), outOfScope);
		int[] softmaxBest = new int[n];
		double[][] base = new double[n][];
		for (int i = 0; i < n; i++) {
			double[] p = model.probabilities(questions[i]);
			int[] top = SignalTable.topTwo(p, true);
			softmaxBest[i] = top[0];
			double own = -1;
			double any = -1;
			for (int u = 0; u < units.length; u++) {
				double cos = SignalTable.dot(questions[i], units[u]);
				any = Math.max(any, cos);
				if (classes[u] == top[0]) {
					own = Math.max(own, cos);
				}
			}
			base[i] = new double[] { p[top[0]], p[top[0]] - p[top[1]], own, any };
		}
		int[] softmaxLabel = labels(asked, articles, softmaxBest);
		baseline.report("softmax", softmaxLabel, base, new String[] { "p", "margin", "own cosine", "any cosine" });
		for (double alpha : SHRINKAGE) {
			TiedGaussian gaussian = TiedGaussian.fit(units, classes, k, alpha);
			int[] ldaBest = new int[n];
			double[][] signals = new double[n][];
			for (int i = 0; i < n; i++) {
				double[] distances = gaussian.squaredDistances(questions[i]);
				int[] top = SignalTable.topTwo(distances, false);
				ldaBest[i] = top[0];
				double background = gaussian.backgroundSquaredDistance(questions[i]);
				double[] posterior = SignalTable.softmax(distances, -0.5);
				// Signals about the softmax classifier's choice (what the product ranks
				// by)
				// and about the discriminant's own choice.
				signals[i] = new double[] { base[i][0], base[i][1], base[i][2], base[i][3], -distances[softmaxBest[i]],
						-(distances[softmaxBest[i]] - background), -distances[top[0]],
						-(distances[top[0]] - background), posterior[top[0]], distances[top[1]] - distances[top[0]] };
			}
			String[] names = { "p", "margin", "own cosine", "any cosine", "-MD(softmax pick)", "-relMD(softmax pick)",
					"-MD min", "-relMD min", "LDA posterior", "LDA margin" };
			baseline.report("softmax, shrinkage " + alpha, softmaxLabel, signals, names);
			new SignalTable(scenario.name(), outOfScope).report("LDA ranks, shrinkage " + alpha,
					labels(asked, articles, ldaBest), signals, names);
		}
	}

	private static int[] labels(List<EvaluationQuestion> asked, List<String> articles, int[] best) {
		int[] label = new int[asked.size()];
		for (int i = 0; i < label.length; i++) {
			label[i] = asked.get(i).expected().contains(articles.get(best[i])) ? 1 : 0;
		}
		return label;
	}

	private static int count(boolean[] flags) {
		int c = 0;
		for (boolean f : flags) {
			c += f ? 1 : 0;
		}
		return c;
	}

}

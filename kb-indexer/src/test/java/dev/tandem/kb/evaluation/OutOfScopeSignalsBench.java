package dev.tandem.kb.evaluation;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.calibration.internal.SoftmaxRegression;
import dev.tandem.kb.embedding.BgeTextEmbedder;
import dev.tandem.kb.evaluation.BenchmarkScenarios.Scenario;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Out-of-scope signals of the article classifier, in memory (no Elasticsearch), on the
 * tuning splits of BANKING77 and Bitext (left-out intents are out of scope): AUROC of
 * each signal for telling in-scope-and-correct questions from out-of-scope ones, and, as
 * a proxy for adding it as a confidence feature, precision / coverage / out-of-scope rate
 * at precision 0.95 of a 5-fold logistic model over the two existing classifier features
 * with and without the signal. Prints only (an experiment: see docs/retrieval.md).
 */
class OutOfScopeSignalsBench {

	private static final String[] SIGNALS = { "probability", "margin", "max logit", "energy T=1", "energy T=0.2",
			"centroid z (negated)", "max cosine, predicted article", "max cosine, any unit" };

	@Test
	void signals() throws ReflectiveOperationException {
		Assumptions.assumeTrue(BenchmarkScenarios.available(), "datasets not found");
		BgeTextEmbedder embedder = new BgeTextEmbedder();
		for (Scenario scenario : List.of(BenchmarkScenarios.banking77("banking77", 10, 30, 10, 1500),
				BenchmarkScenarios.bitext(10, 3, 1000))) {
			measure(scenario, embedder);
		}
	}

	private static void measure(Scenario scenario, BgeTextEmbedder embedder) throws ReflectiveOperationException {
		SignalTable.ScenarioUnits embedded = SignalTable.ScenarioUnits.embed(scenario, embedder);
		List<float[]> units = List.of(embedded.vectors());
		int[] classes = embedded.classes();
		List<String> articles = embedded.articles();
		int k = articles.size();
		SoftmaxRegression model = SoftmaxRegression.fit(units.toArray(float[][]::new), classes, k, 1e-3, 60);
		// Per article: centroid of its units and the mean / spread of their cosine
		// distances to it.
		float[][] centroids = new float[k][units.get(0).length];
		int[] counts = new int[k];
		for (int u = 0; u < units.size(); u++) {
			add(centroids[classes[u]], units.get(u));
			counts[classes[u]]++;
		}
		double[] meanDistance = new double[k];
		double[] spread = new double[k];
		for (int c = 0; c < k; c++) {
			centroids[c] = SignalTable.unit(centroids[c]);
		}
		for (int u = 0; u < units.size(); u++) {
			meanDistance[classes[u]] += (1 - SignalTable.dot(units.get(u), centroids[classes[u]])) / counts[classes[u]];
		}
		for (int u = 0; u < units.size(); u++) {
			double d = 1 - SignalTable.dot(units.get(u), centroids[classes[u]]) - meanDistance[classes[u]];
			spread[classes[u]] += d * d / counts[classes[u]];
		}
		List<EvaluationQuestion> asked = scenario.tuning();
		List<float[]> vectors = embedder.embedAll(asked.stream().map(EvaluationQuestion::text).toList(),
				Language.ENGLISH);
		List<double[]> features = new ArrayList<>();
		int[] label = new int[asked.size()];
		boolean[] outOfScope = new boolean[asked.size()];
		for (int i = 0; i < asked.size(); i++) {
			float[] q = SignalTable.unit(vectors.get(i));
			double[] logits = logits(model, q);
			int best = 0;
			int second = -1;
			for (int c = 1; c < k; c++) {
				if (logits[c] > logits[best]) {
					second = best;
					best = c;
				}
				else if (second < 0 || logits[c] > logits[second]) {
					second = c;
				}
			}
			double lse = logSumExp(logits, 1);
			double p1 = Math.exp(logits[best] - lse);
			double p2 = Math.exp(logits[second] - lse);
			double z = ((1 - SignalTable.dot(q, centroids[best])) - meanDistance[best])
					/ Math.sqrt(spread[best] + 1e-6);
			double ownCosine = -1;
			double anyCosine = -1;
			for (int u = 0; u < units.size(); u++) {
				double cos = SignalTable.dot(q, units.get(u));
				anyCosine = Math.max(anyCosine, cos);
				if (classes[u] == best) {
					ownCosine = Math.max(ownCosine, cos);
				}
			}
			features.add(new double[] { p1, p1 - p2, logits[best], lse, 0.2 * logSumExp(logits, 0.2), -z, ownCosine,
					anyCosine });
			outOfScope[i] = !asked.get(i).inScope();
			label[i] = asked.get(i).expected().contains(articles.get(best)) ? 1 : 0;
		}
		long oos = java.util.stream.IntStream.range(0, asked.size()).filter((i) -> outOfScope[i]).count();
		System.out.printf("%s tuning: %d questions, %d out of scope, top-1 in scope %.3f (load %s)%n", scenario.name(),
				asked.size(), oos, java.util.Arrays.stream(label).sum() / (double) (asked.size() - oos),
				SignalTable.load());
		for (int s = 0; s < SIGNALS.length; s++) {
			System.out.printf("%s AUROC %-30s in-scope-correct vs out-of-scope %.3f; correct vs rest %.3f%n",
					scenario.name(), SIGNALS[s], SignalTable.auroc(features, s, label, outOfScope, true),
					SignalTable.auroc(features, s, label, outOfScope, false));
		}
		SignalTable.operatingPoint(scenario.name(), "probability + margin", features, new int[] { 0, 1 }, label,
				outOfScope);
		for (int s = 2; s < SIGNALS.length; s++) {
			SignalTable.operatingPoint(scenario.name(), "probability + margin + " + SIGNALS[s], features,
					new int[] { 0, 1, s }, label, outOfScope);
		}
		// The product already has the cosines (top_cosine, and the nearest unit over all
		// candidates): does a new signal add anything to them?
		SignalTable.operatingPoint(scenario.name(), "p + margin + cosines", features, new int[] { 0, 1, 6, 7 }, label,
				outOfScope);
		for (int s : new int[] { 2, 3, 5 }) {
			SignalTable.operatingPoint(scenario.name(), "p + margin + cosines + " + SIGNALS[s], features,
					new int[] { 0, 1, 6, 7, s }, label, outOfScope);
		}
	}

	/**
	 * The classifier's logits, from its fitted parameters (not exposed by the product).
	 */
	private static double[] logits(SoftmaxRegression model, float[] vector) throws ReflectiveOperationException {
		float[] means = (float[]) field("means").get(model);
		float[] scales = (float[]) field("scales").get(model);
		float[][] w = (float[][]) field("weights").get(model);
		float[] b = (float[]) field("biases").get(model);
		double[] out = new double[b.length];
		for (int c = 0; c < b.length; c++) {
			out[c] = b[c];
		}
		for (int d = 0; d < means.length; d++) {
			double x = (vector[d] - means[d]) / scales[d];
			for (int c = 0; c < out.length; c++) {
				out[c] += x * w[d][c];
			}
		}
		return out;
	}

	private static Field field(String name) throws NoSuchFieldException {
		Field f = SoftmaxRegression.class.getDeclaredField(name);
		f.setAccessible(true);
		return f;
	}

	private static double logSumExp(double[] logits, double temperature) {
		double max = Double.NEGATIVE_INFINITY;
		for (double z : logits) {
			max = Math.max(max, z / temperature);
		}
		double sum = 0;
		for (double z : logits) {
			sum += Math.exp(z / temperature - max);
		}
		return max + Math.log(sum);
	}

	private static void add(float[] sum, float[] v) {
		for (int i = 0; i < v.length; i++) {
			sum[i] += v[i];
		}
	}

}

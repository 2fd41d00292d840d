package dev.tandem.kb.evaluation;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.calibration.LogisticModel;
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
		Map<String, Integer> classOf = new LinkedHashMap<>();
		List<String> texts = new ArrayList<>();
		List<Integer> unitClasses = new ArrayList<>();
		for (var article : scenario.articles()) {
			int c = classOf.computeIfAbsent(article.id(), (id) -> classOf.size());
			texts.add(article.title());
			unitClasses.add(c);
			for (String q : article.questions()) {
				texts.add(q);
				unitClasses.add(c);
			}
		}
		List<float[]> units = embedder.embedAll(texts, Language.ENGLISH)
			.stream()
			.map(OutOfScopeSignalsBench::unit)
			.toList();
		int k = classOf.size();
		int[] classes = unitClasses.stream().mapToInt(Integer::intValue).toArray();
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
			centroids[c] = unit(centroids[c]);
		}
		for (int u = 0; u < units.size(); u++) {
			meanDistance[classes[u]] += (1 - dot(units.get(u), centroids[classes[u]])) / counts[classes[u]];
		}
		for (int u = 0; u < units.size(); u++) {
			double d = 1 - dot(units.get(u), centroids[classes[u]]) - meanDistance[classes[u]];
			spread[classes[u]] += d * d / counts[classes[u]];
		}
		List<EvaluationQuestion> asked = scenario.tuning();
		List<float[]> vectors = embedder.embedAll(asked.stream().map(EvaluationQuestion::text).toList(),
				Language.ENGLISH);
		List<String> articles = List.copyOf(classOf.keySet());
		List<double[]> features = new ArrayList<>();
		int[] label = new int[asked.size()];
		boolean[] outOfScope = new boolean[asked.size()];
		for (int i = 0; i < asked.size(); i++) {
			float[] q = unit(vectors.get(i));
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
			double z = ((1 - dot(q, centroids[best])) - meanDistance[best]) / Math.sqrt(spread[best] + 1e-6);
			double ownCosine = -1;
			double anyCosine = -1;
			for (int u = 0; u < units.size(); u++) {
				double cos = dot(q, units.get(u));
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
				asked.size(), oos, java.util.Arrays.stream(label).sum() / (double) (asked.size() - oos), load());
		for (int s = 0; s < SIGNALS.length; s++) {
			System.out.printf("%s AUROC %-30s in-scope-correct vs out-of-scope %.3f; correct vs rest %.3f%n",
					scenario.name(), SIGNALS[s], auroc(features, s, label, outOfScope, true),
					auroc(features, s, label, outOfScope, false));
		}
		operatingPoint(scenario.name(), "probability + margin", features, new int[] { 0, 1 }, label, outOfScope);
		for (int s = 2; s < SIGNALS.length; s++) {
			operatingPoint(scenario.name(), "probability + margin + " + SIGNALS[s], features, new int[] { 0, 1, s },
					label, outOfScope);
		}
		// The product already has the cosines (top_cosine, and the nearest unit over all
		// candidates): does a new signal add anything to them?
		operatingPoint(scenario.name(), "p + margin + cosines", features, new int[] { 0, 1, 6, 7 }, label, outOfScope);
		for (int s : new int[] { 2, 3, 5 }) {
			operatingPoint(scenario.name(), "p + margin + cosines + " + SIGNALS[s], features,
					new int[] { 0, 1, 6, 7, s }, label, outOfScope);
		}
	}

	/**
	 * Precision, in-scope coverage and out-of-scope answer rate at the lowest threshold
	 * whose precision is at least 0.95, on 5-fold out-of-fold probabilities.
	 */
	private static void operatingPoint(String name, String what, List<double[]> features, int[] columns, int[] label,
			boolean[] outOfScope) {
		int n = features.size();
		double[] score = new double[n];
		for (int fold = 0; fold < 5; fold++) {
			List<double[]> x = new ArrayList<>();
			List<Integer> y = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (i % 5 != fold) {
					x.add(pick(features.get(i), columns));
					y.add(label[i]);
				}
			}
			double[] weights = new double[x.size()];
			java.util.Arrays.fill(weights, 1);
			LogisticModel m = LogisticModel.fit(x, y.stream().mapToInt(Integer::intValue).toArray(), weights, 1e-3);
			for (int i = fold; i < n; i += 5) {
				score[i] = m.probability(pick(features.get(i), columns));
			}
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
		int inScope = 0;
		int oos = 0;
		for (boolean o : outOfScope) {
			oos += o ? 1 : 0;
			inScope += o ? 0 : 1;
		}
		int right = 0;
		int answered = 0;
		int answeredOos = 0;
		int bestAnswered = 0;
		int bestRight = 0;
		int bestOos = 0;
		for (int r = 0; r < n; r++) {
			int i = order[r];
			answered++;
			right += label[i];
			answeredOos += outOfScope[i] ? 1 : 0;
			if (answered >= 20 && (double) right / answered >= 0.95) {
				bestAnswered = answered;
				bestRight = right;
				bestOos = answeredOos;
			}
		}
		// Most answers while at most 3 % of the out-of-scope questions are answered.
		int lowOosAnswered = 0;
		int lowOosRight = 0;
		int seenOos = 0;
		for (int r = 0; r < n; r++) {
			seenOos += outOfScope[order[r]] ? 1 : 0;
			if (seenOos > 0.03 * oos) {
				break;
			}
			lowOosAnswered = r + 1;
			lowOosRight += label[order[r]];
		}
		List<double[]> combined = new ArrayList<>();
		for (double v : score) {
			combined.add(new double[] { v });
		}
		System.out.printf(
				"%s %-55s OOF AUROC %.3f; at precision 0.95: precision %.3f (%d answered), coverage %.3f, OOS %.3f;"
						+ " at OOS <= 3%%: coverage %.3f, precision %.3f%n",
				name, what, auroc(combined, 0, label, outOfScope, true),
				bestAnswered == 0 ? 0 : (double) bestRight / bestAnswered, bestAnswered, (double) bestRight / inScope,
				(double) bestOos / oos, (double) lowOosRight / inScope,
				lowOosAnswered == 0 ? 0 : (double) lowOosRight / lowOosAnswered);
	}

	private static double auroc(List<double[]> features, int s, int[] label, boolean[] outOfScope,
			boolean onlyOutOfScopeNegatives) {
		List<Double> positives = new ArrayList<>();
		List<Double> negatives = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			if (label[i] == 1) {
				positives.add(features.get(i)[s]);
			}
			else if (outOfScope[i] || !onlyOutOfScopeNegatives) {
				negatives.add(features.get(i)[s]);
			}
		}
		double wins = 0;
		for (double p : positives) {
			for (double q : negatives) {
				wins += (p > q) ? 1 : (p == q) ? 0.5 : 0;
			}
		}
		return wins / ((double) positives.size() * negatives.size());
	}

	private static double[] pick(double[] all, int[] columns) {
		double[] out = new double[columns.length];
		for (int j = 0; j < columns.length; j++) {
			out[j] = all[columns[j]];
		}
		return out;
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

	private static float[] unit(float[] v) {
		double norm = Math.sqrt(dot(v, v));
		float[] out = new float[v.length];
		for (int i = 0; i < v.length; i++) {
			out[i] = (float) (v[i] / norm);
		}
		return out;
	}

	private static void add(float[] sum, float[] v) {
		for (int i = 0; i < v.length; i++) {
			sum[i] += v[i];
		}
	}

	private static double dot(float[] a, float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	private static String load() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

}

package dev.tandem.kb.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.calibration.LogisticModel;
import dev.tandem.kb.embedding.BgeTextEmbedder;

/**
 * Prints how well confidence signals separate right answers from wrong ones and from
 * out-of-scope questions: AUROC per signal, and, as a proxy for adding signals to the
 * calibration's logistic model, the operating point of a 5-fold out-of-fold logistic
 * model over a set of them (at precision 0.95, and at most 3 % of out-of-scope questions
 * answered). Shared by the in-memory signal experiments.
 */
final class SignalTable {

	/**
	 * Columns every experiment starts from: what the product's confidence already has.
	 */
	private static final int[] BASELINE = { 0, 1, 2, 3 };

	private final String name;

	private final boolean[] outOfScope;

	SignalTable(String name, boolean[] outOfScope) {
		this.name = name;
		this.outOfScope = outOfScope;
	}

	/**
	 * Prints top-1, each signal's AUROC and the operating points of the baseline columns
	 * (the first four), of the baseline plus each further column, and of all columns.
	 */
	void report(String system, int[] label, double[][] signals, String[] names) {
		List<double[]> features = Arrays.asList(signals);
		int inScope = 0;
		int right = 0;
		for (int i = 0; i < label.length; i++) {
			inScope += this.outOfScope[i] ? 0 : 1;
			right += label[i];
		}
		System.out.printf("%s [%s] top-1 in scope %.3f%n", this.name, system, (double) right / inScope);
		for (int s = 0; s < names.length; s++) {
			System.out.printf("%s [%s] AUROC %-22s in-scope-correct vs out-of-scope %.3f; correct vs rest %.3f%n",
					this.name, system, names[s], auroc(features, s, label, this.outOfScope, true),
					auroc(features, s, label, this.outOfScope, false));
		}
		operatingPoint(this.name + " [" + system + "]", "baseline (p, margin, cosines)", features, BASELINE, label,
				this.outOfScope);
		int[] all = new int[names.length];
		for (int s = 0; s < names.length; s++) {
			all[s] = s;
			if (s >= BASELINE.length) {
				int[] columns = Arrays.copyOf(BASELINE, BASELINE.length + 1);
				columns[BASELINE.length] = s;
				operatingPoint(this.name + " [" + system + "]", "baseline + " + names[s], features, columns, label,
						this.outOfScope);
			}
		}
		if (names.length > BASELINE.length + 1) {
			operatingPoint(this.name + " [" + system + "]", "all signals", features, all, label, this.outOfScope);
		}
	}

	/**
	 * Precision, in-scope coverage and out-of-scope answer rate at the lowest threshold
	 * whose precision is at least 0.95, on 5-fold out-of-fold probabilities; and the
	 * coverage while at most 3 % of the out-of-scope questions are answered.
	 */
	static void operatingPoint(String name, String what, List<double[]> features, int[] columns, int[] label,
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
			Arrays.fill(weights, 1);
			LogisticModel m = LogisticModel.fit(x, y.stream().mapToInt(Integer::intValue).toArray(), weights, 1e-3);
			for (int i = fold; i < n; i += 5) {
				score[i] = m.probability(pick(features.get(i), columns));
			}
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
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
				"%s %-40s OOF AUROC %.3f; at precision 0.95: precision %.3f (%d answered), coverage %.3f, OOS %.3f;"
						+ " at OOS <= 3%%: coverage %.3f, precision %.3f%n",
				name, what, auroc(combined, 0, label, outOfScope, true),
				(bestAnswered == 0) ? 0 : (double) bestRight / bestAnswered, bestAnswered, (double) bestRight / inScope,
				(oos == 0) ? 0 : (double) bestOos / oos, (double) lowOosRight / inScope,
				(lowOosAnswered == 0) ? 0 : (double) lowOosRight / lowOosAnswered);
	}

	/**
	 * AUROC of one signal: right answers against out-of-scope questions (or all others).
	 */
	static double auroc(List<double[]> features, int s, int[] label, boolean[] outOfScope,
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

	/** Indices of the largest (or smallest) and second value. */
	static int[] topTwo(double[] values, boolean largest) {
		int sign = largest ? 1 : -1;
		int best = 0;
		int second = -1;
		for (int c = 1; c < values.length; c++) {
			if (sign * values[c] > sign * values[best]) {
				second = best;
				best = c;
			}
			else if (second < 0 || sign * values[c] > sign * values[second]) {
				second = c;
			}
		}
		return new int[] { best, second };
	}

	/** softmax(scale * values). */
	static double[] softmax(double[] values, double scale) {
		double max = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			max = Math.max(max, scale * v);
		}
		double sum = 0;
		double[] out = new double[values.length];
		for (int c = 0; c < values.length; c++) {
			out[c] = Math.exp(scale * values[c] - max);
			sum += out[c];
		}
		for (int c = 0; c < values.length; c++) {
			out[c] /= sum;
		}
		return out;
	}

	private static double[] pick(double[] all, int[] columns) {
		double[] out = new double[columns.length];
		for (int j = 0; j < columns.length; j++) {
			out[j] = all[columns[j]];
		}
		return out;
	}

	/**
	 * A scenario's knowledge base as the article classifier sees it: the title and every
	 * example question of each article, embedded (English) and scaled to length 1.
	 *
	 * @param articles article ids, indexed by class
	 * @param vectors one per unit
	 * @param classes each unit's article, an index into {@code articles}
	 */
	record ScenarioUnits(List<String> articles, float[][] vectors, int[] classes) {

		static ScenarioUnits embed(BenchmarkScenarios.Scenario scenario, BgeTextEmbedder embedder) {
			List<String> articles = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			List<Integer> classes = new ArrayList<>();
			for (var article : scenario.articles()) {
				int c = articles.size();
				articles.add(article.id());
				texts.add(article.title());
				classes.add(c);
				for (String question : article.questions()) {
					texts.add(question);
					classes.add(c);
				}
			}
			float[][] vectors = embedder.embedAll(texts, Language.ENGLISH)
				.stream()
				.map(SignalTable::unit)
				.toArray(float[][]::new);
			return new ScenarioUnits(List.copyOf(articles), vectors,
					classes.stream().mapToInt(Integer::intValue).toArray());
		}

	}

	/** The vector scaled to length 1. */
	static float[] unit(float[] v) {
		double norm = Math.sqrt(dot(v, v));
		float[] out = new float[v.length];
		for (int i = 0; i < v.length; i++) {
			out[i] = (float) (v[i] / norm);
		}
		return out;
	}

	static double dot(float[] a, float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}

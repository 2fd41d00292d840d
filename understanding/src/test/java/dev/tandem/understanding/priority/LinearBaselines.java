package dev.tandem.understanding.priority;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stronger learned baselines for the priority benchmark only (not product code):
 * complement naive Bayes (Rennie et al. 2003) and multinomial logistic regression with L2
 * and class weights, both on the same analysed tokens as the product's naive Bayes
 * (log-scaled term frequencies, unit length per ticket).
 */
final class LinearBaselines {

	private LinearBaselines() {
	}

	/** A trained linear classifier: weights per class and feature, a bias per class. */
	record Linear(List<String> classes, Map<String, double[]> weights, double[] bias) {

		String predict(List<String> features) {
			double[] scores = this.bias.clone();
			for (Map.Entry<String, Double> entry : vector(features).entrySet()) {
				double[] w = this.weights.get(entry.getKey());
				if (w != null) {
					for (int c = 0; c < scores.length; c++) {
						scores[c] += w[c] * entry.getValue();
					}
				}
			}
			int best = 0;
			for (int c = 1; c < scores.length; c++) {
				best = (scores[c] > scores[best]) ? c : best;
			}
			return this.classes.get(best);
		}

	}

	/** log(1 + tf), L2-normalised. */
	static Map<String, Double> vector(List<String> features) {
		Map<String, Double> counts = new HashMap<>();
		features.forEach((f) -> counts.merge(f, 1.0, Double::sum));
		double norm = 0;
		for (Map.Entry<String, Double> entry : counts.entrySet()) {
			entry.setValue(Math.log1p(entry.getValue()));
			norm += entry.getValue() * entry.getValue();
		}
		double length = Math.sqrt(norm);
		counts.replaceAll((k, v) -> (length == 0) ? 0 : v / length);
		return counts;
	}

	static Linear complementNaiveBayes(List<List<String>> docs, List<String> labels, double alpha) {
		List<String> classes = new ArrayList<>(new LinkedHashSet<>(labels));
		Map<String, double[]> complementCounts = new HashMap<>();
		double[] totals = new double[classes.size()];
		for (int d = 0; d < docs.size(); d++) {
			int own = classes.indexOf(labels.get(d));
			for (Map.Entry<String, Double> entry : vector(docs.get(d)).entrySet()) {
				double[] counts = complementCounts.computeIfAbsent(entry.getKey(), (k) -> new double[classes.size()]);
				for (int c = 0; c < classes.size(); c++) {
					if (c != own) {
						counts[c] += entry.getValue();
						totals[c] += entry.getValue();
					}
				}
			}
		}
		int vocabulary = complementCounts.size();
		Map<String, double[]> weights = new HashMap<>();
		complementCounts.forEach((feature, counts) -> {
			double[] w = new double[classes.size()];
			for (int c = 0; c < w.length; c++) {
				// the class whose complement uses the word least wins
				w[c] = -Math.log((counts[c] + alpha) / (totals[c] + alpha * vocabulary));
			}
			weights.put(feature, w);
		});
		return new Linear(classes, weights, new double[classes.size()]);
	}

	static Linear logisticRegression(List<List<String>> docs, List<String> labels, double l2, int epochs) {
		List<String> classes = new ArrayList<>(new LinkedHashSet<>(labels));
		List<Map<String, Double>> vectors = docs.stream().map(LinearBaselines::vector).toList();
		int[] y = labels.stream().mapToInt(classes::indexOf).toArray();
		double[] classWeight = new double[classes.size()];
		for (int label : y) {
			classWeight[label]++;
		}
		for (int c = 0; c < classWeight.length; c++) {
			classWeight[c] = y.length / (classes.size() * classWeight[c]);
		}
		Map<String, double[]> weights = new HashMap<>();
		double[] bias = new double[classes.size()];
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < y.length; i++) {
			order.add(i);
		}
		Random random = new Random(20261121L);
		for (int epoch = 0; epoch < epochs; epoch++) {
			java.util.Collections.shuffle(order, random);
			double rate = 0.5 / (1 + epoch * 0.2);
			for (int i : order) {
				Map<String, Double> x = vectors.get(i);
				double[] scores = bias.clone();
				for (Map.Entry<String, Double> entry : x.entrySet()) {
					double[] w = weights.computeIfAbsent(entry.getKey(), (k) -> new double[classes.size()]);
					for (int c = 0; c < scores.length; c++) {
						scores[c] += w[c] * entry.getValue();
					}
				}
				double max = java.util.Arrays.stream(scores).max().orElse(0);
				double sum = 0;
				for (int c = 0; c < scores.length; c++) {
					scores[c] = Math.exp(scores[c] - max);
					sum += scores[c];
				}
				for (int c = 0; c < scores.length; c++) {
					double gradient = classWeight[y[i]] * (scores[c] / sum - ((c == y[i]) ? 1 : 0));
					bias[c] -= rate * gradient;
					for (Map.Entry<String, Double> entry : x.entrySet()) {
						double[] w = weights.get(entry.getKey());
						w[c] -= rate * (gradient * entry.getValue() + l2 * w[c]);
					}
				}
			}
		}
		return new Linear(classes, weights, bias);
	}

}

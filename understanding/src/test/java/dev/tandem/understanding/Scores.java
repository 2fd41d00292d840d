package dev.tandem.understanding;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accuracy and macro-F1 of predicted against expected labels.
 */
public record Scores(double accuracy, double macroF1, int n) {

	public static <L extends Comparable<L>> Scores of(List<L> expected, List<L> predicted) {
		if (expected.size() != predicted.size() || expected.isEmpty()) {
			throw new IllegalArgumentException("need equally many, non-zero expectations and predictions");
		}
		Set<L> labels = new TreeSet<>(expected);
		int correct = 0;
		for (int i = 0; i < expected.size(); i++) {
			if (expected.get(i).equals(predicted.get(i))) {
				correct++;
			}
		}
		double f1Sum = 0;
		for (L label : labels) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (int i = 0; i < expected.size(); i++) {
				boolean isExpected = expected.get(i).equals(label);
				boolean isPredicted = predicted.get(i).equals(label);
				tp += (isExpected && isPredicted) ? 1 : 0;
				fp += (!isExpected && isPredicted) ? 1 : 0;
				fn += (isExpected && !isPredicted) ? 1 : 0;
			}
			double precision = (tp + fp == 0) ? 0 : (double) tp / (tp + fp);
			double recall = (tp + fn == 0) ? 0 : (double) tp / (tp + fn);
			f1Sum += (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
		}
		return new Scores((double) correct / expected.size(), f1Sum / labels.size(), expected.size());
	}

	public String row(String name) {
		return "| %s | %d | %.3f | %.3f |".formatted(name, this.n, this.accuracy, this.macroF1);
	}

}

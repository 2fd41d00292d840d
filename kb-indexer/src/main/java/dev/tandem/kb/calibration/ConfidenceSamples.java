package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * Training samples of the confidence model: every replay gives an in-scope and an
 * out-of-scope sample, every known out-of-scope question one more out-of-scope sample;
 * each weighted to its assumed share of traffic.
 */
final class ConfidenceSamples {

	/** Share of the out-of-scope weight given to known out-of-scope questions. */
	static final double OBSERVED_SHARE = 0.5;

	final List<double[]> features = new ArrayList<>();

	final List<Boolean> inScope = new ArrayList<>();

	final List<Boolean> correct = new ArrayList<>();

	final List<Double> weight = new ArrayList<>();

	final List<String> articles = new ArrayList<>();

	final List<Boolean> observed = new ArrayList<>();

	/**
	 * In-scope replays weigh {@code 1 - outOfScopeShare} in all; out-of-scope samples
	 * weigh {@code outOfScopeShare}, split evenly between the leave-the-article-out
	 * replays and the known out-of-scope questions when there are any (real out-of-scope
	 * traffic holds both kinds: questions next to an article, and questions far from
	 * all).
	 */
	static ConfidenceSamples of(List<Calibrator.Replay> replays, List<double[]> observed, double outOfScopeShare) {
		ConfidenceSamples samples = new ConfidenceSamples();
		double observedShare = observed.isEmpty() ? 0 : OBSERVED_SHARE;
		double inWeight = (1 - outOfScopeShare) / replays.size();
		double outWeight = outOfScopeShare * (1 - observedShare) / replays.size();
		for (Calibrator.Replay replay : replays) {
			samples.add(replay.inScope(), true, replay.correct(), inWeight, replay.articleId(), false);
			if (outOfScopeShare > 0) {
				samples.add(replay.outOfScope(), false, false, outWeight, replay.articleId(), false);
			}
		}
		if (outOfScopeShare > 0) {
			double observedWeight = outOfScopeShare * observedShare / Math.max(1, observed.size());
			for (int i = 0; i < observed.size(); i++) {
				samples.add(observed.get(i), false, false, observedWeight, "out-of-scope#" + i, true);
			}
		}
		return samples;
	}

	void add(double[] x, boolean in, boolean right, double w, String article, boolean known) {
		this.features.add(x);
		this.inScope.add(in);
		this.correct.add(right);
		this.weight.add(w);
		this.articles.add(article);
		this.observed.add(known);
	}

	int size() {
		return this.features.size();
	}

	ConfidenceSamples filter(java.util.function.IntPredicate keep) {
		ConfidenceSamples kept = new ConfidenceSamples();
		for (int i = 0; i < size(); i++) {
			if (keep.test(i)) {
				kept.add(this.features.get(i), this.inScope.get(i), this.correct.get(i), this.weight.get(i),
						this.articles.get(i), this.observed.get(i));
			}
		}
		return kept;
	}

	boolean allSame() {
		return this.correct.stream().distinct().count() < 2;
	}

	int[] labels() {
		return this.correct.stream().mapToInt((c) -> c ? 1 : 0).toArray();
	}

	double[] weights() {
		return this.weight.stream().mapToDouble(Double::doubleValue).toArray();
	}

}

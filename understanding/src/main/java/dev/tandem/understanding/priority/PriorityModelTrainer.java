package dev.tandem.understanding.priority;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.understanding.language.LanguageDetector;
import dev.tandem.understanding.priority.internal.FeatureExtractor;

/**
 * Learns a {@link PriorityModel} from resolved tickets with their priorities (e.g. the
 * result of a JQL such as {@code resolution is not EMPTY ORDER BY resolved DESC}).
 * Multinomial naive Bayes with Laplace smoothing; class priors are evened out by default
 * so a history dominated by MEDIUM still lets the rarer priorities through.
 */
public class PriorityModelTrainer {

	/** Fewer labelled tickets than this give a model no better than the rules. */
	public static final int MINIMUM_TICKETS = 20;

	private final FeatureExtractor features;

	private final Options options;

	/**
	 * @param smoothing additive (Laplace) smoothing, &gt; 0
	 * @param balancedPriors whether all priorities start equally likely
	 * @param minimumCount features seen fewer times are dropped
	 * @param bigrams whether adjacent token pairs are features too
	 */
	public record Options(double smoothing, boolean balancedPriors, int minimumCount, boolean bigrams) {

		public static final Options DEFAULTS = new Options(0.5, true, 2, true);

		public Options {
			if (!(smoothing > 0)) {
				throw new IllegalArgumentException("smoothing must be > 0, was " + smoothing);
			}
			if (minimumCount < 1) {
				throw new IllegalArgumentException("minimumCount must be >= 1, was " + minimumCount);
			}
		}

	}

	public PriorityModelTrainer() {
		this(new LanguageDetector(), Options.DEFAULTS);
	}

	public PriorityModelTrainer(LanguageDetector languageDetector, Options options) {
		this.features = new FeatureExtractor(languageDetector);
		this.options = options;
	}

	/**
	 * Learns a model from the history.
	 * @throws IllegalArgumentException when there are fewer than
	 * {@value #MINIMUM_TICKETS} usable tickets or fewer than two priorities among them
	 */
	public PriorityModel train(List<LabelledTicket> history) {
		List<List<String>> documents = new ArrayList<>();
		List<Priority> labels = new ArrayList<>();
		for (LabelledTicket ticket : (history != null) ? history : List.<LabelledTicket>of()) {
			if (ticket == null || ticket.text().isBlank()) {
				continue;
			}
			List<String> doc = this.features.features(ticket.text(), this.options.bigrams());
			if (!doc.isEmpty()) {
				documents.add(doc);
				labels.add(ticket.priority());
			}
		}
		List<Priority> classes = labels.stream().distinct().sorted().toList();
		if (documents.size() < MINIMUM_TICKETS || classes.size() < 2) {
			throw new IllegalArgumentException(
					"Cannot train a priority model from %d usable tickets with %d priorities: "
						.formatted(documents.size(), classes.size()) + "need at least " + MINIMUM_TICKETS
							+ " tickets with text and at least two different priorities");
		}
		int k = classes.size();
		Map<String, int[]> counts = new HashMap<>();
		long[] totals = new long[k];
		Map<Priority, Integer> classCounts = new EnumMap<>(Priority.class);
		for (int d = 0; d < documents.size(); d++) {
			int c = classes.indexOf(labels.get(d));
			classCounts.merge(labels.get(d), 1, Integer::sum);
			for (String feature : documents.get(d)) {
				counts.computeIfAbsent(feature, (f) -> new int[k])[c]++;
			}
		}
		counts.values().removeIf((perClass) -> sum(perClass) < this.options.minimumCount());
		counts.values().forEach((perClass) -> {
			for (int c = 0; c < k; c++) {
				totals[c] += perClass[c];
			}
		});
		double alpha = this.options.smoothing();
		int vocabulary = counts.size();
		Map<String, float[]> likelihoods = new HashMap<>(vocabulary * 2);
		counts.forEach((feature, perClass) -> {
			float[] values = new float[k];
			for (int c = 0; c < k; c++) {
				values[c] = (float) Math.log((perClass[c] + alpha) / (totals[c] + alpha * vocabulary));
			}
			likelihoods.put(feature, values);
		});
		double[] priors = new double[k];
		for (int c = 0; c < k; c++) {
			priors[c] = this.options.balancedPriors() ? Math.log(1.0 / k)
					: Math.log((double) classCounts.get(classes.get(c)) / documents.size());
		}
		return new PriorityModel(classes, priors, likelihoods, classCounts, this.options.bigrams());
	}

	private static int sum(int[] values) {
		int sum = 0;
		for (int v : values) {
			sum += v;
		}
		return sum;
	}

}

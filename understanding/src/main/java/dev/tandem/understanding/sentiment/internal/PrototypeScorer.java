package dev.tandem.understanding.sentiment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.understanding.sentiment.SentenceEmbedder;

/**
 * Nearest-prototype vote: the mean cosine of the {@value #TOP} closest positive examples
 * minus that of the closest negative ones, shifted by a small bias (the example sets are
 * not equally close to ordinary text) and scaled to the score's range. When plain
 * requests ("请问怎么修改收货地址？") are closer than either side, there is no vote: a neutral
 * ticket must not be pushed either way.
 */
public final class PrototypeScorer {

	/** Examples per side that vote. */
	static final int TOP = 5;

	/** Scale from a cosine difference (typically ±0.15) to the score's [-1, 1]. */
	static final double WEIGHT = 10;

	/**
	 * Mean difference of the two sides on ordinary review text (the best cut-off of the
	 * prototypes alone on the waimai tuning half): the positive examples sit a little
	 * closer to everything.
	 */
	static final double BIAS = 0.05;

	/**
	 * Largest contribution: alone the vote can make a ticket positive or negative, never
	 * very positive or very negative (those need words).
	 */
	static final double CAP = 0.6;

	private final List<Prototype> examples;

	private final SentenceEmbedder embedder;

	private volatile List<float[]> vectors;

	private PrototypeScorer(List<Prototype> examples, SentenceEmbedder embedder) {
		this.examples = List.copyOf(examples);
		this.embedder = embedder;
	}

	public static PrototypeScorer fromResource(String name, SentenceEmbedder embedder) {
		List<Prototype> examples = new ArrayList<>();
		Lexicons.read(name, (line, columns) -> {
			if (columns.length != 2 || !List.of("pos", "neg", "neu").contains(columns[0])) {
				throw new IllegalStateException(
						Lexicons.BASE + name + " line " + line + ": expected pos|neg|neu<TAB>sentence");
			}
			examples.add(new Prototype(columns[0], columns[1].strip()));
		});
		return new PrototypeScorer(examples, embedder);
	}

	public int size() {
		return this.examples.size();
	}

	/**
	 * The vote of the examples closest to a unit-length vector; empty when plain requests
	 * are closest or the vector does not fit.
	 */
	public Optional<Vote> vote(float[] embedding) {
		List<float[]> anchors = vectors();
		if (embedding == null || anchors.isEmpty() || embedding.length != anchors.get(0).length) {
			return Optional.empty();
		}
		Side positive = new Side();
		Side negative = new Side();
		Side neutral = new Side();
		for (int i = 0; i < anchors.size(); i++) {
			double similarity = dot(embedding, anchors.get(i));
			Prototype example = this.examples.get(i);
			switch (example.polarity()) {
				case "pos" -> positive.add(similarity, example.sentence());
				case "neg" -> negative.add(similarity, example.sentence());
				default -> neutral.add(similarity, example.sentence());
			}
		}
		double pos = positive.top();
		double neg = negative.top();
		double neu = neutral.top();
		if (neu > pos && neu > neg) {
			return Optional.of(new Vote(0, neutral.nearest, pos, neg, neu));
		}
		double contribution = CAP * Math.tanh(WEIGHT * (pos - neg - BIAS) / CAP);
		String nearest = (contribution >= 0) ? positive.nearest : negative.nearest;
		return Optional.of(new Vote(contribution, nearest, pos, neg, neu));
	}

	private List<float[]> vectors() {
		List<float[]> loaded = this.vectors;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.vectors;
				if (loaded == null) {
					loaded = List
						.copyOf(this.embedder.embedAll(this.examples.stream().map(Prototype::sentence).toList()));
					this.vectors = loaded;
				}
			}
		}
		return loaded;
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private record Prototype(String polarity, String sentence) {

	}

	/** The closest similarities of one side, kept sorted, best first. */
	private static final class Side {

		private final double[] best = new double[TOP];

		private int count;

		private String nearest = "";

		void add(double similarity, String sentence) {
			if (this.count == 0 || similarity > this.best[0]) {
				this.nearest = sentence;
			}
			int at = Math.min(this.count, TOP);
			if (at == TOP && similarity <= this.best[TOP - 1]) {
				return;
			}
			if (at == TOP) {
				at = TOP - 1;
			}
			while (at > 0 && this.best[at - 1] < similarity) {
				this.best[at] = this.best[at - 1];
				at--;
			}
			this.best[at] = similarity;
			this.count = Math.min(this.count + 1, TOP);
		}

		double top() {
			double sum = 0;
			for (int i = 0; i < this.count; i++) {
				sum += this.best[i];
			}
			return (this.count == 0) ? 0 : sum / this.count;
		}

	}

	/**
	 * A prototype vote.
	 *
	 * @param contribution signed amount added to the sentiment score (0: plain request)
	 * @param nearest the closest example sentence of the winning side
	 * @param positive mean cosine of the closest positive examples
	 * @param negative mean cosine of the closest negative examples
	 * @param neutral mean cosine of the closest plain-request examples
	 */
	public record Vote(double contribution, String nearest, double positive, double negative, double neutral) {

		/** How much closer the positive examples must be for a positive vote. */
		public static final double POSITIVE_LEAD = BIAS;

		public boolean isNeutral() {
			return this.contribution == 0;
		}

	}

}

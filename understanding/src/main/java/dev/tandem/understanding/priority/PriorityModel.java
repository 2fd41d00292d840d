package dev.tandem.understanding.priority;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial naive Bayes model of priority over Lucene-analysed tokens and bigrams,
 * learned from the organisation's resolved tickets ({@link PriorityModelTrainer}).
 * Immutable and thread-safe; {@link #toBytes()} / {@link #fromBytes(byte[])} store it (a
 * small versioned binary format, not Java serialisation).
 */
public final class PriorityModel {

	private static final int MAGIC = 0x54504D31; // "TPM1"

	private static final int VERSION = 1;

	private final List<Priority> classes;

	private final double[] logPriors;

	private final Map<String, float[]> logLikelihoods;

	private final Map<Priority, Integer> trainingCounts;

	private final boolean bigrams;

	PriorityModel(List<Priority> classes, double[] logPriors, Map<String, float[]> logLikelihoods,
			Map<Priority, Integer> trainingCounts, boolean bigrams) {
		this.classes = List.copyOf(classes);
		this.logPriors = logPriors.clone();
		this.logLikelihoods = Map.copyOf(logLikelihoods);
		this.trainingCounts = Map.copyOf(trainingCounts);
		this.bigrams = bigrams;
	}

	/** A prediction with the features that pushed towards the winning class. */
	public record Prediction(Priority priority, double probability, Map<Priority, Double> probabilities,
			List<Map.Entry<String, Double>> topFeatures) {

	}

	public List<Priority> classes() {
		return this.classes;
	}

	/** How many tickets of each priority the model learned from. */
	public Map<Priority, Integer> trainingCounts() {
		return this.trainingCounts;
	}

	public int vocabularySize() {
		return this.logLikelihoods.size();
	}

	boolean usesBigrams() {
		return this.bigrams;
	}

	Prediction predict(List<String> features) {
		int k = this.classes.size();
		double[] scores = this.logPriors.clone();
		Map<String, Integer> counts = new HashMap<>();
		for (String feature : features) {
			float[] lik = this.logLikelihoods.get(feature);
			if (lik != null) {
				counts.merge(feature, 1, Integer::sum);
				for (int c = 0; c < k; c++) {
					scores[c] += lik[c];
				}
			}
		}
		double max = Double.NEGATIVE_INFINITY;
		for (double s : scores) {
			max = Math.max(max, s);
		}
		double sum = 0;
		double[] probabilities = new double[k];
		for (int c = 0; c < k; c++) {
			probabilities[c] = Math.exp(scores[c] - max);
			sum += probabilities[c];
		}
		int best = 0;
		Map<Priority, Double> byPriority = new EnumMap<>(Priority.class);
		for (int c = 0; c < k; c++) {
			probabilities[c] /= sum;
			byPriority.put(this.classes.get(c), Math.round(probabilities[c] * 1000) / 1000.0);
			if (probabilities[c] > probabilities[best]) {
				best = c;
			}
		}
		return new Prediction(this.classes.get(best), probabilities[best], byPriority, topFeatures(counts, best));
	}

	/**
	 * Features whose likelihood favours the winner most over the other classes' average.
	 */
	private List<Map.Entry<String, Double>> topFeatures(Map<String, Integer> counts, int winner) {
		int k = this.classes.size();
		List<Map.Entry<String, Double>> pushes = new ArrayList<>();
		counts.forEach((feature, count) -> {
			float[] lik = this.logLikelihoods.get(feature);
			double others = 0;
			for (int c = 0; c < k; c++) {
				others += (c != winner) ? lik[c] : 0;
			}
			double push = count * (lik[winner] - others / Math.max(1, k - 1));
			if (push > 0) {
				pushes.add(Map.entry(feature, Math.round(push * 100) / 100.0));
			}
		});
		pushes.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
		return pushes.subList(0, Math.min(5, pushes.size()));
	}

	/** The model as bytes, e.g. to keep it in Elasticsearch or a file. */
	public byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(MAGIC);
			out.writeInt(VERSION);
			out.writeBoolean(this.bigrams);
			out.writeInt(this.classes.size());
			for (int c = 0; c < this.classes.size(); c++) {
				out.writeUTF(this.classes.get(c).name());
				out.writeDouble(this.logPriors[c]);
				out.writeInt(this.trainingCounts.getOrDefault(this.classes.get(c), 0));
			}
			out.writeInt(this.logLikelihoods.size());
			for (Map.Entry<String, float[]> entry : this.logLikelihoods.entrySet()) {
				out.writeUTF(entry.getKey());
				for (float value : entry.getValue()) {
					out.writeFloat(value);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Reads a model written by {@link #toBytes()}.
	 * @throws IllegalArgumentException when the bytes are not such a model (names what is
	 * wrong)
	 */
	public static PriorityModel fromBytes(byte[] data) {
		if (data == null || data.length < 8) {
			throw new IllegalArgumentException("Not a Tandem priority model: too short");
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
			if (in.readInt() != MAGIC) {
				throw new IllegalArgumentException("Not a Tandem priority model: wrong header");
			}
			int version = in.readInt();
			if (version != VERSION) {
				throw new IllegalArgumentException("Unsupported priority model version " + version);
			}
			boolean bigrams = in.readBoolean();
			int k = in.readInt();
			if (k < 2 || k > Priority.values().length) {
				throw new IllegalArgumentException("Corrupt priority model: " + k + " classes");
			}
			List<Priority> classes = new ArrayList<>();
			double[] priors = new double[k];
			Map<Priority, Integer> counts = new EnumMap<>(Priority.class);
			for (int c = 0; c < k; c++) {
				String name = in.readUTF();
				Priority priority = Priority.fromName(name)
					.orElseThrow(() -> new IllegalArgumentException("Corrupt priority model: class " + name));
				classes.add(priority);
				priors[c] = in.readDouble();
				counts.put(priority, in.readInt());
			}
			int vocabulary = in.readInt();
			if (vocabulary < 0 || vocabulary > 10_000_000) {
				throw new IllegalArgumentException("Corrupt priority model: vocabulary " + vocabulary);
			}
			Map<String, float[]> likelihoods = new HashMap<>(vocabulary * 2);
			for (int v = 0; v < vocabulary; v++) {
				String feature = in.readUTF();
				float[] values = new float[k];
				for (int c = 0; c < k; c++) {
					values[c] = in.readFloat();
				}
				likelihoods.put(feature, values);
			}
			return new PriorityModel(classes, priors, likelihoods, counts, bigrams);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Corrupt priority model: " + ex.getMessage(), ex);
		}
	}

}

package dev.tandem.kb.calibration.internal;

import java.util.Arrays;

/**
 * Multinomial logistic regression (softmax over classes) on embedding vectors, with an L2
 * penalty and class-balanced sample weights, fitted by full-batch Adam on standardised
 * inputs. Pure Java and sized for a knowledge base: a few thousand vectors of a few
 * hundred dimensions over a few hundred classes train in about a second.
 * <p>
 * The weights are kept dimension-major ({@code weights[d][c]}) so that both the forward
 * pass and the gradient are loops of the form {@code a[c] += s * b[c]}, which the JIT
 * vectorises (a dot product per class would be a floating-point reduction it does not).
 */
public final class SoftmaxRegression {

	private final float[] means;

	private final float[] scales;

	private final float[][] weights;

	private final float[] biases;

	private SoftmaxRegression(float[] means, float[] scales, float[][] weights, float[] biases) {
		this.means = means;
		this.scales = scales;
		this.weights = weights;
		this.biases = biases;
	}

	/**
	 * Fits the model.
	 * @param vectors one embedding per sample, all of one length
	 * @param classes the class of each sample, {@code 0 .. classCount - 1}
	 * @param classCount number of classes
	 * @param l2 penalty on the weights (per sample: the loss is averaged)
	 * @param iterations Adam steps over the whole batch
	 * @return the fitted model
	 */
	public static SoftmaxRegression fit(float[][] vectors, int[] classes, int classCount, double l2, int iterations) {
		int n = vectors.length;
		int dims = vectors[0].length;
		float[] means = new float[dims];
		float[] scales = new float[dims];
		standardisation(vectors, means, scales);
		float[][] x = new float[n][dims];
		for (int i = 0; i < n; i++) {
			for (int d = 0; d < dims; d++) {
				x[i][d] = (vectors[i][d] - means[d]) / scales[d];
			}
		}
		// Class balance: every class weighs the same in total, whatever its number of
		// example questions.
		int[] perClass = new int[classCount];
		for (int c : classes) {
			perClass[c]++;
		}
		int present = (int) Arrays.stream(perClass).filter((count) -> count > 0).count();
		float[] sampleWeight = new float[n];
		for (int i = 0; i < n; i++) {
			sampleWeight[i] = (float) (1.0 / (present * perClass[classes[i]]));
		}
		float[][] w = new float[dims][classCount];
		float[] b = new float[classCount];
		Adam adam = new Adam(dims, classCount);
		float[][] gradW = new float[dims][classCount];
		float[] gradB = new float[classCount];
		float[] logits = new float[classCount];
		for (int step = 1; step <= iterations; step++) {
			for (float[] row : gradW) {
				Arrays.fill(row, 0);
			}
			Arrays.fill(gradB, 0);
			for (int i = 0; i < n; i++) {
				scores(x[i], w, b, logits);
				softmaxInPlace(logits);
				logits[classes[i]] -= 1;
				float sw = sampleWeight[i];
				for (int c = 0; c < classCount; c++) {
					logits[c] *= sw;
					gradB[c] += logits[c];
				}
				float[] xi = x[i];
				for (int d = 0; d < dims; d++) {
					float xd = xi[d];
					if (xd != 0) {
						float[] g = gradW[d];
						for (int c = 0; c < classCount; c++) {
							g[c] += xd * logits[c];
						}
					}
				}
			}
			for (int d = 0; d < dims; d++) {
				float[] g = gradW[d];
				float[] wd = w[d];
				for (int c = 0; c < classCount; c++) {
					g[c] += (float) l2 * wd[c];
				}
			}
			adam.step(w, gradW, b, gradB, step);
		}
		return new SoftmaxRegression(means, scales, w, b);
	}

	/**
	 * The probability of every class for one vector.
	 * @param vector an embedding of the training vectors' length
	 * @return probabilities indexed by class, summing to 1
	 */
	public double[] probabilities(float[] vector) {
		int dims = this.means.length;
		float[] x = new float[dims];
		for (int d = 0; d < dims; d++) {
			x[d] = (vector[d] - this.means[d]) / this.scales[d];
		}
		float[] logits = new float[this.biases.length];
		scores(x, this.weights, this.biases, logits);
		softmaxInPlace(logits);
		double[] probabilities = new double[logits.length];
		for (int c = 0; c < logits.length; c++) {
			probabilities[c] = logits[c];
		}
		return probabilities;
	}

	public int dimensions() {
		return this.means.length;
	}

	private static void scores(float[] x, float[][] w, float[] b, float[] out) {
		System.arraycopy(b, 0, out, 0, b.length);
		for (int d = 0; d < x.length; d++) {
			float xd = x[d];
			float[] wd = w[d];
			for (int c = 0; c < out.length; c++) {
				out[c] += xd * wd[c];
			}
		}
	}

	private static void softmaxInPlace(float[] logits) {
		float max = Float.NEGATIVE_INFINITY;
		for (float z : logits) {
			max = Math.max(max, z);
		}
		double sum = 0;
		for (int c = 0; c < logits.length; c++) {
			logits[c] = (float) Math.exp(logits[c] - max);
			sum += logits[c];
		}
		for (int c = 0; c < logits.length; c++) {
			logits[c] = (float) (logits[c] / sum);
		}
	}

	/**
	 * Centres every dimension and divides by one common scale (the root mean square of
	 * the centred values): embeddings share a large common direction that would otherwise
	 * dominate, while per-dimension scaling would blow up near-constant dimensions.
	 */
	private static void standardisation(float[][] vectors, float[] means, float[] scales) {
		int dims = means.length;
		for (float[] v : vectors) {
			for (int d = 0; d < dims; d++) {
				means[d] += v[d];
			}
		}
		for (int d = 0; d < dims; d++) {
			means[d] /= vectors.length;
		}
		double squares = 0;
		for (float[] v : vectors) {
			for (int d = 0; d < dims; d++) {
				double centred = v[d] - means[d];
				squares += centred * centred;
			}
		}
		float scale = (float) Math.sqrt(squares / ((double) vectors.length * dims));
		Arrays.fill(scales, (scale > 0) ? scale : 1);
	}

	/** Adam (Kingma and Ba) with its usual constants. */
	private static final class Adam {

		private static final float RATE = 0.05f;

		private static final float BETA1 = 0.9f;

		private static final float BETA2 = 0.999f;

		private static final float EPSILON = 1e-8f;

		private final float[][] firstW;

		private final float[][] secondW;

		private final float[] firstB;

		private final float[] secondB;

		Adam(int dims, int classes) {
			this.firstW = new float[dims][classes];
			this.secondW = new float[dims][classes];
			this.firstB = new float[classes];
			this.secondB = new float[classes];
		}

		void step(float[][] w, float[][] gradW, float[] b, float[] gradB, int step) {
			float correction1 = (float) (1 - Math.pow(BETA1, step));
			float correction2 = (float) (1 - Math.pow(BETA2, step));
			float rate = (float) (RATE * Math.sqrt(correction2) / correction1);
			for (int d = 0; d < w.length; d++) {
				update(w[d], gradW[d], this.firstW[d], this.secondW[d], rate);
			}
			update(b, gradB, this.firstB, this.secondB, rate);
		}

		private static void update(float[] param, float[] grad, float[] first, float[] second, float rate) {
			for (int c = 0; c < param.length; c++) {
				first[c] = BETA1 * first[c] + (1 - BETA1) * grad[c];
				second[c] = BETA2 * second[c] + (1 - BETA2) * grad[c] * grad[c];
				param[c] -= rate * first[c] / ((float) Math.sqrt(second[c]) + EPSILON);
			}
		}

	}

}

package dev.tandem.kb.evaluation;

/**
 * One Gaussian per class with a covariance shared by all classes (the model behind linear
 * discriminant analysis), fitted to embedding vectors: the shared within-class covariance
 * is shrunk towards a multiple of the identity, because a knowledge base has a few
 * thousand vectors for a few hundred dimensions. Squared Mahalanobis distances are
 * computed in whitened coordinates ({@code z = L^-1 x} with {@code L L^T} the
 * covariance), so a question costs one triangular solve plus a Euclidean distance per
 * class.
 * <p>
 * A second Gaussian over all vectors (the "background") gives the relative distance of
 * Ren et al. (2021), {@code d_c(x) - d_0(x)}, which discounts what makes a question
 * unusual for every class at once (its length, its wording).
 */
final class TiedGaussian {

	private final double[][] whitening;

	private final double[][] whitenedMeans;

	private final double[][] backgroundWhitening;

	private final double[] backgroundMean;

	private TiedGaussian(double[][] whitening, double[][] whitenedMeans, double[][] backgroundWhitening,
			double[] backgroundMean) {
		this.whitening = whitening;
		this.whitenedMeans = whitenedMeans;
		this.backgroundWhitening = backgroundWhitening;
		this.backgroundMean = backgroundMean;
	}

	/**
	 * Fits the model.
	 * @param vectors samples, all of one length
	 * @param classes class of each sample, {@code 0 .. classCount - 1}, each class
	 * present
	 * @param classCount number of classes
	 * @param shrinkage share of the identity in the covariance, 0 (none) to 1 (Euclidean
	 * distance)
	 * @return the fitted model
	 */
	static TiedGaussian fit(float[][] vectors, int[] classes, int classCount, double shrinkage) {
		int dims = vectors[0].length;
		double[][] means = new double[classCount][dims];
		int[] counts = new int[classCount];
		double[] overall = new double[dims];
		for (int i = 0; i < vectors.length; i++) {
			counts[classes[i]]++;
			for (int d = 0; d < dims; d++) {
				means[classes[i]][d] += vectors[i][d];
				overall[d] += vectors[i][d];
			}
		}
		for (int c = 0; c < classCount; c++) {
			for (int d = 0; d < dims; d++) {
				means[c][d] /= Math.max(1, counts[c]);
			}
		}
		for (int d = 0; d < dims; d++) {
			overall[d] /= vectors.length;
		}
		double[][] within = new double[dims][dims];
		double[][] total = new double[dims][dims];
		double[] centred = new double[dims];
		double[] fromOverall = new double[dims];
		for (int i = 0; i < vectors.length; i++) {
			for (int d = 0; d < dims; d++) {
				centred[d] = vectors[i][d] - means[classes[i]][d];
				fromOverall[d] = vectors[i][d] - overall[d];
			}
			addOuterProduct(within, centred);
			addOuterProduct(total, fromOverall);
		}
		double[][] whitening = inverseCholesky(shrunk(within, Math.max(1, vectors.length - classCount), shrinkage));
		double[][] backgroundWhitening = inverseCholesky(shrunk(total, Math.max(1, vectors.length - 1), shrinkage));
		double[][] whitenedMeans = new double[classCount][];
		for (int c = 0; c < classCount; c++) {
			whitenedMeans[c] = multiply(whitening, means[c]);
		}
		return new TiedGaussian(whitening, whitenedMeans, backgroundWhitening, overall);
	}

	/** Squared Mahalanobis distance of a vector to every class mean. */
	double[] squaredDistances(float[] vector) {
		double[] x = new double[vector.length];
		for (int d = 0; d < x.length; d++) {
			x[d] = vector[d];
		}
		double[] z = multiply(this.whitening, x);
		double[] out = new double[this.whitenedMeans.length];
		for (int c = 0; c < out.length; c++) {
			double sum = 0;
			double[] mean = this.whitenedMeans[c];
			for (int d = 0; d < z.length; d++) {
				double diff = z[d] - mean[d];
				sum += diff * diff;
			}
			out[c] = sum;
		}
		return out;
	}

	/**
	 * Squared Mahalanobis distance to the mean of all vectors, under their covariance.
	 */
	double backgroundSquaredDistance(float[] vector) {
		double[] x = new double[vector.length];
		for (int d = 0; d < x.length; d++) {
			x[d] = vector[d] - this.backgroundMean[d];
		}
		double[] z = multiply(this.backgroundWhitening, x);
		double sum = 0;
		for (double v : z) {
			sum += v * v;
		}
		return sum;
	}

	private static void addOuterProduct(double[][] into, double[] v) {
		for (int a = 0; a < v.length; a++) {
			double va = v[a];
			double[] row = into[a];
			for (int b = 0; b <= a; b++) {
				row[b] += va * v[b];
			}
		}
	}

	/** Lower triangle of a scatter matrix -> shrunk covariance (lower triangle). */
	private static double[][] shrunk(double[][] scatter, int degreesOfFreedom, double shrinkage) {
		int dims = scatter.length;
		double trace = 0;
		for (int d = 0; d < dims; d++) {
			trace += scatter[d][d] / degreesOfFreedom;
		}
		double ridge = shrinkage * trace / dims;
		double[][] out = new double[dims][dims];
		for (int a = 0; a < dims; a++) {
			for (int b = 0; b <= a; b++) {
				out[a][b] = (1 - shrinkage) * scatter[a][b] / degreesOfFreedom + ((a == b) ? ridge : 0);
			}
		}
		return out;
	}

	/**
	 * {@code L^-1} for the Cholesky factor {@code L} of a symmetric positive definite
	 * matrix given by its lower triangle.
	 */
	private static double[][] inverseCholesky(double[][] matrix) {
		int n = matrix.length;
		double[][] l = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = matrix[i][j];
				for (int k = 0; k < j; k++) {
					sum -= l[i][k] * l[j][k];
				}
				if (i == j) {
					if (sum <= 0) {
						throw new IllegalArgumentException("covariance is not positive definite; raise the shrinkage");
					}
					l[i][i] = Math.sqrt(sum);
				}
				else {
					l[i][j] = sum / l[j][j];
				}
			}
		}
		double[][] inverse = new double[n][n];
		for (int col = 0; col < n; col++) {
			inverse[col][col] = 1 / l[col][col];
			for (int i = col + 1; i < n; i++) {
				double sum = 0;
				for (int k = col; k < i; k++) {
					sum -= l[i][k] * inverse[k][col];
				}
				inverse[i][col] = sum / l[i][i];
			}
		}
		return inverse;
	}

	/** Lower-triangular matrix times vector. */
	private static double[] multiply(double[][] lower, double[] x) {
		double[] out = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			double sum = 0;
			double[] row = lower[i];
			for (int k = 0; k <= i; k++) {
				sum += row[k] * x[k];
			}
			out[i] = sum;
		}
		return out;
	}

}

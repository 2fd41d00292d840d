package dev.tandem.kb.calibration;

import java.util.List;

/**
 * Logistic regression on standardised features: {@code P(correct) = 1 / (1 + exp(-(b +
 * w . z)))} with {@code z = (x - mean) / scale}.
 *
 * @param bias intercept
 * @param weights one weight per feature
 * @param means feature means of the training data
 * @param scales feature standard deviations of the training data (1 where constant)
 */
public record LogisticModel(double bias, List<Double> weights, List<Double> means, List<Double> scales) {

	public LogisticModel {
		weights = List.copyOf(weights);
		means = List.copyOf(means);
		scales = List.copyOf(scales);
		if (weights.size() != means.size() || weights.size() != scales.size()) {
			throw new IllegalArgumentException("weights, means and scales differ in length");
		}
	}

	public double probability(double[] features) {
		if (features.length != this.weights.size()) {
			throw new IllegalArgumentException(
					"model expects " + this.weights.size() + " features, got " + features.length);
		}
		double logit = this.bias;
		for (int i = 0; i < features.length; i++) {
			logit += this.weights.get(i) * (features[i] - this.means.get(i)) / this.scales.get(i);
		}
		return 1 / (1 + Math.exp(-logit));
	}

	/**
	 * Fits by Newton's method (iteratively reweighted least squares) with an L2 penalty
	 * on the weights (not the bias), which keeps small or separable training sets finite.
	 * @param x one feature vector per sample
	 * @param y 1 when the sample's best article was right, else 0
	 * @param sampleWeights weight of each sample (e.g. to set the share of out-of-scope
	 * questions)
	 * @param l2 penalty strength
	 * @return the fitted model
	 */
	public static LogisticModel fit(List<double[]> x, int[] y, double[] sampleWeights, double l2) {
		int n = x.size();
		if (n == 0) {
			throw new IllegalArgumentException("no samples to fit");
		}
		int d = x.get(0).length;
		double[] means = new double[d];
		double[] scales = new double[d];
		double totalWeight = 0;
		for (int i = 0; i < n; i++) {
			totalWeight += sampleWeights[i];
			for (int j = 0; j < d; j++) {
				means[j] += sampleWeights[i] * x.get(i)[j];
			}
		}
		for (int j = 0; j < d; j++) {
			means[j] /= totalWeight;
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < d; j++) {
				double diff = x.get(i)[j] - means[j];
				scales[j] += sampleWeights[i] * diff * diff;
			}
		}
		for (int j = 0; j < d; j++) {
			scales[j] = Math.sqrt(scales[j] / totalWeight);
			if (scales[j] < 1e-9) {
				scales[j] = 1;
			}
		}
		// Parameters: index 0 is the bias, 1..d the weights.
		double[] beta = new double[d + 1];
		double[][] z = new double[n][d + 1];
		for (int i = 0; i < n; i++) {
			z[i][0] = 1;
			for (int j = 0; j < d; j++) {
				z[i][j + 1] = (x.get(i)[j] - means[j]) / scales[j];
			}
		}
		// Normalise weights to sum n so the penalty's strength does not depend on them.
		double weightScale = n / totalWeight;
		for (int iteration = 0; iteration < 50; iteration++) {
			double[] gradient = new double[d + 1];
			double[][] hessian = new double[d + 1][d + 1];
			for (int i = 0; i < n; i++) {
				double logit = 0;
				for (int j = 0; j <= d; j++) {
					logit += beta[j] * z[i][j];
				}
				double p = 1 / (1 + Math.exp(-logit));
				double w = sampleWeights[i] * weightScale;
				double r = w * (y[i] - p);
				double h = w * p * (1 - p);
				for (int j = 0; j <= d; j++) {
					gradient[j] += r * z[i][j];
					for (int k = 0; k <= j; k++) {
						hessian[j][k] += h * z[i][j] * z[i][k];
					}
				}
			}
			for (int j = 0; j <= d; j++) {
				for (int k = 0; k < j; k++) {
					hessian[k][j] = hessian[j][k];
				}
				if (j > 0) {
					gradient[j] -= l2 * beta[j];
					hessian[j][j] += l2;
				}
				hessian[j][j] += 1e-9;
			}
			double[] step = solve(hessian, gradient);
			double change = 0;
			for (int j = 0; j <= d; j++) {
				beta[j] += step[j];
				change = Math.max(change, Math.abs(step[j]));
			}
			if (change < 1e-8) {
				break;
			}
		}
		Double[] weights = new Double[d];
		Double[] meanList = new Double[d];
		Double[] scaleList = new Double[d];
		for (int j = 0; j < d; j++) {
			weights[j] = beta[j + 1];
			meanList[j] = means[j];
			scaleList[j] = scales[j];
		}
		return new LogisticModel(beta[0], List.of(weights), List.of(meanList), List.of(scaleList));
	}

	/** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
	static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		double[][] m = new double[n][n + 1];
		for (int i = 0; i < n; i++) {
			System.arraycopy(a[i], 0, m[i], 0, n);
			m[i][n] = b[i];
		}
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int row = col + 1; row < n; row++) {
				if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
					pivot = row;
				}
			}
			double[] swap = m[col];
			m[col] = m[pivot];
			m[pivot] = swap;
			if (Math.abs(m[col][col]) < 1e-15) {
				continue;
			}
			for (int row = col + 1; row < n; row++) {
				double factor = m[row][col] / m[col][col];
				for (int k = col; k <= n; k++) {
					m[row][k] -= factor * m[col][k];
				}
			}
		}
		double[] x = new double[n];
		for (int row = n - 1; row >= 0; row--) {
			double sum = m[row][n];
			for (int k = row + 1; k < n; k++) {
				sum -= m[row][k] * x[k];
			}
			x[row] = (Math.abs(m[row][row]) < 1e-15) ? 0 : sum / m[row][row];
		}
		return x;
	}

}

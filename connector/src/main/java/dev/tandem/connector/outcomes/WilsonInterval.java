package dev.tandem.connector.outcomes;

/**
 * The Wilson score interval of a proportion: unlike the plain {@code k / n +- z*se} it
 * stays inside [0, 1] and is honest for small samples and proportions near 1, which is
 * exactly where automatic-answer precision lives.
 *
 * @param lower lower bound
 * @param upper upper bound
 */
public record WilsonInterval(double lower, double upper) {

	/**
	 * @param successes how many succeeded
	 * @param total how many were tried (0 gives [0, 1])
	 * @param confidence two-sided confidence, e.g. 0.95
	 */
	public static WilsonInterval of(long successes, long total, double confidence) {
		if (total <= 0) {
			return new WilsonInterval(0, 1);
		}
		double z = normalQuantile(1 - (1 - confidence) / 2);
		double n = total;
		double p = successes / n;
		double z2 = z * z;
		double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
		double half = (z / (1 + z2 / n)) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
		return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
	}

	/**
	 * The standard normal quantile (Acklam's rational approximation, relative error below
	 * 1.2e-9: plenty for a confidence bound).
	 */
	static double normalQuantile(double probability) {
		if (!(probability > 0 && probability < 1)) {
			throw new IllegalArgumentException("probability must be in (0, 1), was " + probability);
		}
		double[] a = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
				-3.066479806614716e+01, 2.506628277459239e+00 };
		double[] b = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
				-1.328068155288572e+01 };
		double[] c = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
				4.374664141464968e+00, 2.938163982698783e+00 };
		double[] d = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
		double low = 0.02425;
		if (probability < low) {
			double q = Math.sqrt(-2 * Math.log(probability));
			return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
					/ ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
		}
		if (probability > 1 - low) {
			return -normalQuantile(1 - probability);
		}
		double q = probability - 0.5;
		double r = q * q;
		return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
				/ (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
	}

}

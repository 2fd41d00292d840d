package dev.tandem.connector.outcomes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.tandem.connector.cases.AnswerFollowUp;

/**
 * Decides, from one category's settled automatic answers, whether its threshold must rise
 * and to what. Pure; never proposes a lower threshold.
 */
public final class ThresholdTightening {

	private final double target;

	private final int minSample;

	private final double confidence;

	private final double step;

	public ThresholdTightening(double target, int minSample, double confidence, double step) {
		this.target = target;
		this.minSample = minSample;
		this.confidence = confidence;
		this.step = step;
	}

	/**
	 * The category's precision over the answers its current threshold lets through.
	 * @param answers the category's answers in the measuring window (any outcome)
	 */
	public CategoryPrecision measure(String category, double threshold, List<AnswerFollowUp> answers) {
		List<AnswerFollowUp> counted = settledAtOrAbove(answers, threshold);
		long right = counted.stream().filter(AnswerFollowUp::succeeded).count();
		long wrong = counted.size() - right;
		double precision = counted.isEmpty() ? 0 : (double) right / counted.size();
		return new CategoryPrecision(category, threshold, right, wrong, precision,
				WilsonInterval.of(right, counted.size(), this.confidence), this.target);
	}

	/**
	 * A stricter threshold when the category's answers clearly miss the target: the
	 * lowest observed confidence from which the answers met the target, or the current
	 * threshold plus a step when none did (at most 1).
	 */
	public Optional<Proposal> propose(CategoryPrecision measured, List<AnswerFollowUp> answers) {
		if (measured.sample() < this.minSample || !measured.clearlyBelowTarget() || measured.threshold() >= 1.0) {
			return Optional.empty();
		}
		List<AnswerFollowUp> counted = settledAtOrAbove(answers, measured.threshold()).stream()
			.sorted(Comparator.comparingDouble(AnswerFollowUp::confidence))
			.toList();
		double raised = Math.min(1.0, measured.threshold() + this.step);
		String how = "no confidence level met the target in these outcomes: raised by " + format(this.step);
		for (int i = 0; i < counted.size(); i++) {
			double candidate = counted.get(i).confidence();
			if (candidate <= measured.threshold() || (i > 0 && candidate == counted.get(i - 1).confidence())) {
				continue;
			}
			List<AnswerFollowUp> above = counted.subList(i, counted.size());
			long right = above.stream().filter(AnswerFollowUp::succeeded).count();
			if ((double) right / above.size() >= this.target) {
				raised = candidate;
				how = "answers from confidence " + format(candidate) + " up were right in " + right + " of "
						+ above.size();
				break;
			}
		}
		String why = String.format(Locale.ROOT,
				"Category '%s': measured precision %s (%d right of %d settled automatic answers; %.0f%% Wilson interval %s-%s) "
						+ "is below the target %s. Auto-answer minimum confidence raised %s -> %s (%s).",
				measured.category(), format(measured.precision()), measured.right(), measured.sample(),
				100 * this.confidence, format(measured.interval().lower()), format(measured.interval().upper()),
				format(this.target), format(measured.threshold()), format(raised), how);
		return Optional.of(new Proposal(measured, raised, why));
	}

	private static List<AnswerFollowUp> settledAtOrAbove(List<AnswerFollowUp> answers, double threshold) {
		return answers.stream()
			.filter((answer) -> answer.confidence() >= threshold)
			.filter((answer) -> answer.succeeded() || answer.outcome().isFailure())
			.toList();
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	/**
	 * A threshold to raise, and why in words for the audit log.
	 *
	 * @param measured the measurement that called for it
	 * @param newThreshold the stricter minimum confidence
	 * @param reason the audit text
	 */
	public record Proposal(CategoryPrecision measured, double newThreshold, String reason) {

	}

}

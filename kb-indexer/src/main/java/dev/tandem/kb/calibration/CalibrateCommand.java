package dev.tandem.kb.calibration;

import java.util.Locale;
import java.util.concurrent.Callable;

import dev.tandem.kb.retrieval.RetrievalException;
import picocli.CommandLine.Command;

import org.springframework.stereotype.Component;

/** {@code kb-indexer calibrate}: recompute the confidence model and threshold now. */
@Component
@Command(name = "calibrate", mixinStandardHelpOptions = true,
		description = "Recalibrate confidence and the auto-answer threshold on the knowledge base's example questions now.")
public class CalibrateCommand implements Callable<Integer> {

	private final CalibrationService calibration;

	public CalibrateCommand(CalibrationService calibration) {
		this.calibration = calibration;
	}

	@Override
	public Integer call() {
		try {
			Calibration result = this.calibration.recalibrate(CalibrationProgress.lines(System.err::println));
			System.out.println(describe(result));
			return 0;
		}
		catch (RetrievalException | IllegalStateException ex) {
			System.err.println("calibrate failed: " + ex.getMessage());
			return 1;
		}
	}

	public static String describe(Calibration calibration) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "threshold %.3f for target precision %.2f%s%n", calibration.threshold(),
				calibration.targetPrecision(),
				calibration.calibrated() ? "" : " (NOT calibrated: conservative default)"));
		text.append(String.format(Locale.ROOT, "from %d example questions of %d published articles%n",
				calibration.inScopeQuestions(), calibration.articles()));
		calibration.expected()
			.ifPresent((p) -> text.append(String.format(Locale.ROOT,
					"expected: precision %.3f, coverage %.3f, out-of-scope questions answered %.3f%n", p.precision(),
					p.coverage(), p.outOfScopeAnswerRate())));
		calibration.boundBy()
			.ifPresent((bound) -> text.append("threshold bound by: ")
				.append((bound == ThresholdConstraint.PRECISION) ? "target precision"
						: "max-out-of-scope-rate (above the precision-only threshold)")
				.append('\n'));
		calibration.warning().ifPresent((w) -> text.append("warning: ").append(w).append('\n'));
		if (!calibration.curve().isEmpty()) {
			text.append("threshold  precision  coverage  out-of-scope answered\n");
			int step = Math.max(1, calibration.curve().size() / 15);
			for (int i = 0; i < calibration.curve().size(); i += step) {
				CurvePoint p = calibration.curve().get(i);
				text.append(String.format(Locale.ROOT, "%9.3f  %9.3f  %8.3f  %8.3f%n", p.threshold(), p.precision(),
						p.coverage(), p.outOfScopeAnswerRate()));
			}
		}
		return text.toString().stripTrailing();
	}

}

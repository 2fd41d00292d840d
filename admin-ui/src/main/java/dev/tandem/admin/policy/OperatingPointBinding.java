package dev.tandem.admin.policy;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import dev.tandem.connector.triage.TriagePolicy;

/**
 * Keeps the form's automatic-answer minimum and target precision in step with the
 * calibration curve: a target precision picks the minimum that reaches it, and the curve
 * marks the operating point the minimum implies. Typing a minimum by hand clears the
 * target, because the two would otherwise disagree.
 */
class OperatingPointBinding {

	private final PolicyForm form;

	private final CurvePanel curve;

	private final Supplier<TriagePolicy> editing;

	OperatingPointBinding(PolicyForm form, CurvePanel curve, Supplier<TriagePolicy> editing) {
		this.form = form;
		this.curve = curve;
		this.editing = editing;
		form.autoAnswerEnabled.addValueChangeListener((event) -> showOperatingPoint());
		form.autoAnswerMinConfidence.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				form.targetPrecision.clear();
			}
			showOperatingPoint();
		});
		form.targetPrecision.addValueChangeListener((event) -> applyTargetPrecision(event.getValue()));
	}

	/** Marks the operating point of the values in the form on the curve. */
	void showOperatingPoint() {
		// the precision the minimum implies, as the target's placeholder
		String implied = this.curve
			.showOperatingPoint(this.form.autoAnswerEnabled.getValue(), this.form.autoAnswerMinConfidence.getValue(),
					this.editing.get())
			.flatMap(OperatingPoint::expected)
			.map((point) -> String.format(Locale.ROOT, "%.1f", point.precision() * 100))
			.orElse("");
		this.form.targetPrecision.setPlaceholder(implied);
	}

	private void applyTargetPrecision(Double percent) {
		this.form.targetPrecision.setInvalid(false);
		if (percent == null || !this.curve.hasCalibration()) {
			return;
		}
		Optional<Double> threshold = this.curve.thresholdFor(percent / 100);
		if (threshold.isEmpty()) {
			this.form.targetPrecision
				.setErrorMessage(this.form.getTranslation("policy.error.target-unreachable", percent));
			this.form.targetPrecision.setInvalid(true);
			return;
		}
		this.form.autoAnswerMinConfidence.setValue(Math.round(threshold.get() * 1000) / 1000.0);
	}

}

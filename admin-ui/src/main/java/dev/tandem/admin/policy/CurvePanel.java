package dev.tandem.admin.policy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.tandem.admin.chart.EChart;
import dev.tandem.admin.layout.EmptyState;
import dev.tandem.connector.triage.TriagePolicy;
import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CurvePoint;

/**
 * The calibration in force (threshold, target, what it expects) and its
 * precision/coverage curve, with the operating point of the policy being edited: expected
 * precision, coverage and out-of-scope answer rate, drawn on the curve before anything is
 * saved.
 */
class CurvePanel extends VerticalLayout {

	final EChart chart = new EChart();

	final Div figures = new Div();

	final Div operatingPoint = new Div();

	private Optional<Calibration> calibration = Optional.empty();

	/** Known out-of-scope questions calibration asks; empty when they cannot be read. */
	private OptionalInt knownOutOfScope = OptionalInt.empty();

	CurvePanel() {
		setPadding(false);
		this.chart.setId("policy-curve");
		this.chart.setHeight("380px");
		this.chart.setAccessibleName(getTranslation("policy.curve.title"));
		this.figures.addClassName("tandem-policy-figures");
		this.figures.setId("policy-figures");
		this.operatingPoint.addClassName("tandem-policy-figures");
		this.operatingPoint.setId("policy-operating-point");
	}

	/**
	 * Shows a calibration (or says it cannot be read) and what its out-of-scope estimate
	 * rests on.
	 * @param shown the calibration (empty: it cannot be read)
	 * @param known how many known out-of-scope questions it asks (empty: unknown)
	 */
	void show(Optional<Calibration> shown, OptionalInt known) {
		this.knownOutOfScope = known;
		removeAll();
		this.calibration = shown;
		if (shown.isEmpty()) {
			add(new EmptyState(VaadinIcon.WARNING, "policy.unavailable.title", "policy.unavailable.text"));
			return;
		}
		Calibration calibration = shown.get();
		showFigures(calibration);
		H3 heading = new H3(getTranslation("policy.curve.title"));
		Paragraph explanation = new Paragraph(getTranslation("policy.curve.text"));
		explanation.addClassName("tandem-muted");
		add(this.figures, heading, explanation);
		if (calibration.curve().isEmpty()) {
			add(new EmptyState(VaadinIcon.CHART_LINE, "policy.curve.empty.title", "policy.curve.empty.text"));
		}
		else {
			add(this.chart);
		}
		add(this.operatingPoint);
	}

	/** The lowest minimum confidence reaching a precision on the curve. */
	Optional<Double> thresholdFor(double precision) {
		return this.calibration.flatMap((calibration) -> OperatingPoint.thresholdFor(calibration, precision));
	}

	boolean hasCalibration() {
		return this.calibration.isPresent();
	}

	/**
	 * Draws where a policy being edited puts Tandem on the curve, each figure beside the
	 * one of the policy in force when they differ.
	 * @param inForce the saved policy the edit started from
	 * @return the edited policy's point; empty without a calibration
	 */
	Optional<OperatingPoint> showOperatingPoint(boolean enabled, Double minimum, TriagePolicy inForce) {
		this.operatingPoint.removeAll();
		if (this.calibration.isEmpty()) {
			return Optional.empty();
		}
		Calibration calibration = this.calibration.get();
		OperatingPoint point = OperatingPoint.of(calibration, enabled, (minimum == null) ? 0 : minimum);
		OperatingPoint now = OperatingPoint.of(calibration, inForce.autoAnswerEnabled(),
				inForce.autoAnswerMinConfidence());
		Div threshold = figure("policy.point.threshold", threshold(point), "policy-point-threshold");
		compare(threshold, threshold(point), threshold(now));
		this.operatingPoint.add(threshold);
		this.operatingPoint
			.add(share("policy.point.precision", point, now, CurvePoint::precision, "policy-point-precision"));
		this.operatingPoint
			.add(share("policy.point.coverage", point, now, CurvePoint::coverage, "policy-point-coverage"));
		this.operatingPoint.add(share("policy.point.out-of-scope", point, now, CurvePoint::outOfScopeAnswerRate,
				"policy-point-out-of-scope"));
		Div note = new Div(getTranslation(noteKey(point)));
		note.setId("policy-point-note");
		note.addClassName("tandem-muted");
		this.operatingPoint.add(note);
		if (!calibration.curve().isEmpty()) {
			Optional<CurvePoint> proposed = point.calibrationBinds() ? Optional.empty() : point.expected();
			this.chart.setOption(CurveChartOption.of(calibration, proposed,
					new CurveChartOption.Labels(getTranslation("policy.curve.coverage"),
							getTranslation("policy.curve.precision"),
							getTranslation("policy.curve.target", calibration.targetPrecision()),
							getTranslation("policy.curve.threshold", calibration.threshold()),
							getTranslation("policy.curve.series"),
							getTranslation("policy.curve.proposed", point.threshold()))));
		}
		return Optional.of(point);
	}

	/**
	 * A share at the edited point ("-" for precision without answers, 0% otherwise), and
	 * the one in force beside it when different.
	 */
	private Div share(String labelKey, OperatingPoint point, OperatingPoint now, ToDoubleFunction<CurvePoint> measure,
			String id) {
		boolean precision = "policy.point.precision".equals(labelKey);
		String value = point.expected().map((p) -> percent(measure.applyAsDouble(p))).orElse(precision ? "–" : "0%");
		String before = now.expected().map((p) -> percent(measure.applyAsDouble(p))).orElse(precision ? "–" : "0%");
		Div figure = figure(labelKey, value, id);
		compare(figure, value, before);
		return figure;
	}

	private void compare(Div figure, String value, String inForce) {
		if (!value.equals(inForce)) {
			Span was = new Span(getTranslation("policy.point.in-force", inForce));
			was.addClassName("tandem-policy-in-force");
			figure.add(was);
		}
	}

	private String threshold(OperatingPoint point) {
		return (point.threshold() > 1) ? getTranslation("policy.never.short")
				: String.format(Locale.ROOT, "%.2f", point.threshold());
	}

	private static String noteKey(OperatingPoint point) {
		if (!(point.threshold() <= 1)) {
			return "policy.point.note.none";
		}
		if (point.calibrationBinds()) {
			return "policy.point.note.calibrated";
		}
		return point.expected().isPresent() ? "policy.point.note.policy" : "policy.point.note.above-curve";
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	private void showFigures(Calibration calibration) {
		this.figures.removeAll();
		this.figures.add(figure("policy.threshold", (calibration.threshold() > 1) ? getTranslation("policy.never")
				: String.format(Locale.ROOT, "%.2f", calibration.threshold()), "policy-threshold"));
		this.figures.add(figure("policy.target",
				String.format(Locale.ROOT, "%.0f%%", calibration.targetPrecision() * 100), "policy-target"));
		calibration.expected()
			.ifPresent((point) -> this.figures.add(figure("policy.expected",
					getTranslation("policy.expected.value", point.precision() * 100, point.coverage() * 100),
					"policy-expected")));
		this.figures
			.add(figure("policy.questions", getTranslation("policy.questions.value", calibration.inScopeQuestions(),
					calibration.outOfScopeQuestions(), calibration.articles()), "policy-questions"));
		this.knownOutOfScope.ifPresent(
				(known) -> this.figures.add(figure("policy.out-of-scope-estimate",
						(known > 0) ? getTranslation("policy.out-of-scope-estimate.known", known)
								: getTranslation("policy.out-of-scope-estimate.replays"),
						"policy-out-of-scope-estimate")));
		String when = calibration.computedAt().getEpochSecond() == 0 ? getTranslation("policy.never-calibrated")
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
					.withLocale(getLocale())
					.withZone(ZoneId.systemDefault())
					.format(calibration.computedAt());
		this.figures.add(figure("policy.calibrated-at", when, "policy-calibrated-at"));
		calibration.warning().ifPresent((warning) -> {
			Div note = new Div();
			note.addClassName("tandem-warning-banner");
			note.setId("policy-warning");
			note.setText(getTranslation("policy.warning", warning));
			this.figures.add(note);
		});
	}

	private Div figure(String labelKey, String value, String id) {
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("tandem-figure-label");
		Span number = new Span(value);
		number.addClassName("tandem-figure-value");
		Div figure = new Div(label, number);
		figure.addClassName("tandem-figure");
		figure.setId(id);
		return figure;
	}

}

package dev.tandem.admin.policy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.chart.EChart;
import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;
import dev.tandem.kb.calibration.Calibration;

/**
 * When Tandem answers by itself, when it assists a person, and who gets which ticket.
 * First piece: the calibrated auto-answer threshold and its precision/coverage curve
 * (read-only).
 */
@Route("policy")
@Menu(order = 70, title = "nav.policy", icon = "vaadin:road-branches")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.MANAGER })
class PolicyView extends TandemView {

	final EChart chart = new EChart();

	final Div figures = new Div();

	private final CalibrationCurveService calibrations;

	PolicyView(CalibrationCurveService calibrations) {
		super("policy", "nav.policy");
		this.calibrations = calibrations;
		this.chart.setId("policy-curve");
		this.chart.setHeight("380px");
		this.chart.setAccessibleName(getTranslation("policy.curve.title"));
		this.figures.addClassName("tandem-policy-figures");
		this.figures.setId("policy-figures");
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		removeAll();
		Calibration calibration;
		try {
			calibration = this.calibrations.current();
		}
		catch (RuntimeException ex) {
			add(new EmptyState(VaadinIcon.WARNING, "policy.unavailable.title", "policy.unavailable.text"));
			return;
		}
		showFigures(calibration);
		H3 heading = new H3(getTranslation("policy.curve.title"));
		Paragraph explanation = new Paragraph(getTranslation("policy.curve.text"));
		explanation.addClassName("tandem-muted");
		add(this.figures, heading, explanation);
		if (calibration.curve().isEmpty()) {
			add(new EmptyState(VaadinIcon.CHART_LINE, "policy.curve.empty.title", "policy.curve.empty.text"));
		}
		else {
			this.chart.setOption(CurveChartOption.of(calibration,
					new CurveChartOption.Labels(getTranslation("policy.curve.coverage"),
							getTranslation("policy.curve.precision"),
							getTranslation("policy.curve.target", calibration.targetPrecision()),
							getTranslation("policy.curve.threshold", calibration.threshold()),
							getTranslation("policy.curve.series"))));
			add(this.chart);
		}
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

package dev.tandem.admin.policy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.chart.EChart;
import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;
import dev.tandem.connector.store.StoreUnavailableException;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.triage.TriagePolicy;
import dev.tandem.kb.calibration.Calibration;

/**
 * When Tandem answers by itself, when it assists a person, and who always gets a person:
 * the operating mode (live / shadow), the calibrated precision/coverage curve with the
 * operating point of the policy being edited, the policy's every field (admins edit,
 * managers read), and its version history with restore. Every change is versioned and
 * audited by the connector.
 */
@Route("policy")
@Menu(order = 70, title = "nav.policy", icon = "vaadin:road-branches")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.MANAGER })
class PolicyView extends TandemView {

	final EChart chart = new EChart();

	final Div figures = new Div();

	final Div operatingPoint = new Div();

	final PolicyForm form = new PolicyForm();

	final TextArea comment = new TextArea();

	final Button save = new Button();

	final Button discard = new Button();

	final Div problems = new Div();

	final Div conflict = new Div();

	final Span versionLine = new Span();

	final PolicyHistory history;

	final ModePanel mode;

	Dialog restoreDialog;

	final TextArea restoreComment = new TextArea();

	private final CalibrationCurveService calibrations;

	private final PolicyService policies;

	private Optional<Calibration> calibration = Optional.empty();

	private TriagePolicy editing;

	PolicyView(CalibrationCurveService calibrations, PolicyService policies) {
		super("policy", "nav.policy");
		this.calibrations = calibrations;
		this.policies = policies;
		this.chart.setId("policy-curve");
		this.chart.setHeight("380px");
		this.chart.setAccessibleName(getTranslation("policy.curve.title"));
		this.figures.addClassName("tandem-policy-figures");
		this.figures.setId("policy-figures");
		this.operatingPoint.addClassName("tandem-policy-figures");
		this.operatingPoint.setId("policy-operating-point");
		this.history = new PolicyHistory(policies, this::askRestore);
		this.mode = new ModePanel(policies);
		this.comment.setId("policy-comment");
		this.comment.setLabel(getTranslation("policy.form.comment"));
		this.comment.setHelperText(getTranslation("policy.form.comment.help"));
		this.comment.setRequiredIndicatorVisible(true);
		this.comment.setMaxLength(500);
		this.comment.setWidthFull();
		this.save.setId("policy-save");
		this.save.setText(getTranslation("policy.form.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((event) -> save());
		this.discard.setId("policy-discard");
		this.discard.setText(getTranslation("policy.form.discard"));
		this.discard.addClickListener((event) -> load());
		this.problems.setId("policy-problems");
		this.problems.addClassName("tandem-warning-banner");
		this.problems.setVisible(false);
		this.conflict.setId("policy-conflict");
		this.conflict.addClassName("tandem-warning-banner");
		this.conflict.setVisible(false);
		this.versionLine.setId("policy-version");
		this.versionLine.addClassName("tandem-muted");
		this.form.autoAnswerEnabled.addValueChangeListener((event) -> showOperatingPoint());
		this.form.autoAnswerMinConfidence.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				this.form.targetPrecision.clear();
			}
			showOperatingPoint();
		});
		this.form.targetPrecision.addValueChangeListener((event) -> applyTargetPrecision(event.getValue()));
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		removeAll();
		try {
			this.mode.refresh();
		}
		catch (IllegalStateException | StoreUnavailableException ex) {
			add(new EmptyState(VaadinIcon.WARNING, "policy.policy-unavailable.title",
					"policy.policy-unavailable.text"));
			return;
		}
		add(this.mode);
		try {
			this.calibration = Optional.of(this.calibrations.current());
			showFigures(this.calibration.get());
			add(this.figures);
		}
		catch (RuntimeException ex) {
			this.calibration = Optional.empty();
			add(new EmptyState(VaadinIcon.WARNING, "policy.unavailable.title", "policy.unavailable.text"));
		}
		this.calibration.ifPresent(this::addCurve);
		addEditor();
		add(new H3(getTranslation("policy.history.title")), this.history);
		load();
	}

	private void addCurve(Calibration calibration) {
		H3 heading = new H3(getTranslation("policy.curve.title"));
		Paragraph explanation = new Paragraph(getTranslation("policy.curve.text"));
		explanation.addClassName("tandem-muted");
		add(heading, explanation);
		if (calibration.curve().isEmpty()) {
			add(new EmptyState(VaadinIcon.CHART_LINE, "policy.curve.empty.title", "policy.curve.empty.text"));
		}
		else {
			add(this.chart);
		}
		add(this.operatingPoint);
	}

	private void addEditor() {
		H3 heading = new H3(getTranslation("policy.form.title"));
		add(heading, this.versionLine);
		if (!this.policies.canEdit()) {
			Paragraph readOnly = new Paragraph(getTranslation("policy.form.read-only"));
			readOnly.setId("policy-read-only");
			readOnly.addClassName("tandem-muted");
			add(readOnly);
		}
		add(this.form);
		if (this.policies.canEdit()) {
			HorizontalLayout buttons = new HorizontalLayout(this.save, this.discard);
			add(this.problems, this.conflict, this.comment, buttons);
		}
	}

	/** Shows the policy in force, discarding edits. */
	void load() {
		this.editing = this.policies.current();
		Set<String> categories = this.policies.canEdit() ? this.policies.categories() : Set.of();
		this.form.show(this.editing, categories);
		this.form.setReadOnly(!this.policies.canEdit());
		this.form.targetPrecision.clear();
		this.comment.clear();
		this.comment.setInvalid(false);
		this.problems.setVisible(false);
		this.conflict.setVisible(false);
		this.versionLine.setText((this.editing.version() == 0) ? getTranslation("policy.form.version.defaults")
				: getTranslation("policy.form.version", this.editing.version(), this.editing.updatedBy(),
						time(this.editing.updatedAt())));
		this.history.refresh();
		showOperatingPoint();
	}

	/** Validates and saves the edited policy as a new version with the comment. */
	void save() {
		List<String> found = new ArrayList<>();
		String why = this.comment.getValue().strip();
		if (why.isEmpty()) {
			this.comment.setErrorMessage(getTranslation("policy.error.comment"));
			this.comment.setInvalid(true);
			found.add(getTranslation("policy.error.comment"));
		}
		else {
			this.comment.setInvalid(false);
		}
		Optional<TriagePolicy> changed = this.form.read(found);
		if (!found.isEmpty() || changed.isEmpty()) {
			showProblems(found);
			return;
		}
		try {
			TriagePolicy saved = this.policies.save(changed.get(), this.editing.version(), why);
			load();
			Notification.show(getTranslation("policy.saved", saved.version()))
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (IllegalArgumentException ex) {
			showProblems(List.of(ex.getMessage()));
		}
		catch (VersionConflictException ex) {
			showConflict();
		}
		catch (StoreUnavailableException ex) {
			showProblems(List.of(getTranslation("policy.error.store", ex.getMessage())));
		}
	}

	void askRestore(int version) {
		this.restoreComment.setId("policy-restore-comment");
		this.restoreComment.setLabel(getTranslation("policy.form.comment"));
		this.restoreComment.setRequiredIndicatorVisible(true);
		this.restoreComment.setWidthFull();
		this.restoreComment.setValue(getTranslation("policy.history.restore.comment", version));
		this.restoreComment.setInvalid(false);
		this.restoreDialog = new Dialog();
		this.restoreDialog.setId("policy-restore-dialog");
		this.restoreDialog.setHeaderTitle(getTranslation("policy.history.restore.title", version));
		this.restoreDialog.setWidth("32rem");
		this.restoreDialog.add(new Paragraph(getTranslation("policy.history.restore.text", version)),
				this.restoreComment);
		Button confirm = new Button(getTranslation("policy.history.restore.confirm"),
				(event) -> restore(version, this.restoreComment.getValue()));
		confirm.setId("policy-restore-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("policy.cancel"), (event) -> this.restoreDialog.close());
		this.restoreDialog.getFooter().add(cancel, confirm);
		this.restoreDialog.open();
	}

	/** Restores a version's values as a new version. */
	void restore(int version, String why) {
		if (why == null || why.isBlank()) {
			this.restoreComment.setErrorMessage(getTranslation("policy.error.comment"));
			this.restoreComment.setInvalid(true);
			return;
		}
		try {
			TriagePolicy saved = this.policies.restore(version, this.editing.version(), why.strip());
			if (this.restoreDialog != null) {
				this.restoreDialog.close();
			}
			load();
			Notification.show(getTranslation("policy.restored", version, saved.version()))
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (VersionConflictException ex) {
			if (this.restoreDialog != null) {
				this.restoreDialog.close();
			}
			showConflict();
		}
		catch (IllegalArgumentException | StoreUnavailableException ex) {
			this.restoreComment.setErrorMessage(ex.getMessage());
			this.restoreComment.setInvalid(true);
		}
	}

	private void showProblems(List<String> found) {
		this.problems.removeAll();
		this.problems.add(new Div(getTranslation("policy.error.title")));
		found.forEach((problem) -> this.problems.add(new Div("• " + problem)));
		this.problems.setVisible(true);
	}

	private void showConflict() {
		TriagePolicy newest = this.policies.current();
		this.conflict.removeAll();
		Button reload = new Button(getTranslation("policy.conflict.reload"), (event) -> load());
		reload.setId("policy-conflict-reload");
		reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
		this.conflict.add(new Span(getTranslation("policy.conflict", this.editing.version(), newest.version(),
				newest.updatedBy(), time(newest.updatedAt()))), reload);
		this.conflict.setVisible(true);
		this.problems.setVisible(false);
	}

	private void applyTargetPrecision(Double percent) {
		this.form.targetPrecision.setInvalid(false);
		if (percent == null || this.calibration.isEmpty()) {
			return;
		}
		Optional<Double> threshold = OperatingPoint.thresholdFor(this.calibration.get(), percent / 100);
		if (threshold.isEmpty()) {
			this.form.targetPrecision.setErrorMessage(getTranslation("policy.error.target-unreachable", percent));
			this.form.targetPrecision.setInvalid(true);
			return;
		}
		this.form.autoAnswerMinConfidence.setValue(Math.round(threshold.get() * 1000) / 1000.0);
	}

	/** Draws where the edited policy puts Tandem on the curve, before it is saved. */
	void showOperatingPoint() {
		this.operatingPoint.removeAll();
		if (this.calibration.isEmpty()) {
			return;
		}
		Calibration calibration = this.calibration.get();
		Double minimum = this.form.autoAnswerMinConfidence.getValue();
		OperatingPoint point = OperatingPoint.of(calibration, this.form.autoAnswerEnabled.getValue(),
				(minimum == null) ? 0 : minimum);
		this.operatingPoint
			.add(figure("policy.point.threshold", (point.threshold() > 1) ? getTranslation("policy.never.short")
					: String.format(Locale.ROOT, "%.2f", point.threshold()), "policy-point-threshold"));
		if (point.expected().isPresent()) {
			var expected = point.expected().get();
			this.operatingPoint.add(figure("policy.point.precision",
					String.format(Locale.ROOT, "%.1f%%", expected.precision() * 100), "policy-point-precision"));
			this.operatingPoint.add(figure("policy.point.coverage",
					String.format(Locale.ROOT, "%.1f%%", expected.coverage() * 100), "policy-point-coverage"));
			this.operatingPoint.add(figure("policy.point.out-of-scope",
					String.format(Locale.ROOT, "%.1f%%", expected.outOfScopeAnswerRate() * 100),
					"policy-point-out-of-scope"));
		}
		else {
			this.operatingPoint.add(figure("policy.point.coverage", "0%", "policy-point-coverage"));
		}
		Div note = new Div(getTranslation(noteKey(point, calibration)));
		note.setId("policy-point-note");
		note.addClassName("tandem-muted");
		this.operatingPoint.add(note);
		if (!calibration.curve().isEmpty()) {
			Optional<dev.tandem.kb.calibration.CurvePoint> proposed = point.calibrationBinds() ? Optional.empty()
					: point.expected();
			this.chart.setOption(CurveChartOption.of(calibration, proposed,
					new CurveChartOption.Labels(getTranslation("policy.curve.coverage"),
							getTranslation("policy.curve.precision"),
							getTranslation("policy.curve.target", calibration.targetPrecision()),
							getTranslation("policy.curve.threshold", calibration.threshold()),
							getTranslation("policy.curve.series"),
							getTranslation("policy.curve.proposed", point.threshold()))));
		}
	}

	private static String noteKey(OperatingPoint point, Calibration calibration) {
		if (!(point.threshold() <= 1)) {
			return "policy.point.note.none";
		}
		if (point.calibrationBinds()) {
			return "policy.point.note.calibrated";
		}
		return point.expected().isPresent() ? "policy.point.note.policy" : "policy.point.note.above-curve";
	}

	private String time(java.time.Instant at) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault())
			.format(at);
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
				: time(calibration.computedAt());
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

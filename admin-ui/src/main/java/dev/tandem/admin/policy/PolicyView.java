package dev.tandem.admin.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.layout.UnsavedChanges;
import dev.tandem.admin.security.Role;
import dev.tandem.connector.store.StoreUnavailableException;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.triage.PolicyDifference;
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
class PolicyView extends TandemView implements BeforeLeaveObserver {

	final CurvePanel curve = new CurvePanel();

	final PolicyForm form = new PolicyForm();

	final ChangeComment comment = new ChangeComment();

	final Button save = new Button();

	final Button discard = new Button();

	final ProblemsBanner problems = new ProblemsBanner();

	final ConflictBanner conflict = new ConflictBanner();

	final Span versionLine = new Span();

	final PolicyHistory history;

	final ModePanel mode;

	RestoreDialog restoreDialog;

	final UnsavedChanges unsavedChanges = new UnsavedChanges(this::edited);

	private final OperatingPointBinding operatingPoint;

	private final CalibrationCurveService calibrations;

	private final PolicyService policies;

	private TriagePolicy editing;

	PolicyView(CalibrationCurveService calibrations, PolicyService policies) {
		super("policy", "nav.policy");
		this.calibrations = calibrations;
		this.policies = policies;
		this.history = new PolicyHistory(policies, this::askRestore);
		this.mode = new ModePanel(policies);
		this.save.setId("policy-save");
		this.save.setText(getTranslation("policy.form.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((event) -> save());
		this.discard.setId("policy-discard");
		this.discard.setText(getTranslation("policy.form.discard"));
		this.discard.addClickListener((event) -> load());
		this.versionLine.setId("policy-version");
		this.versionLine.addClassName("tandem-muted");
		this.operatingPoint = new OperatingPointBinding(this.form, this.curve, () -> this.editing);
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
		Optional<Calibration> calibration;
		try {
			calibration = Optional.of(this.calibrations.current());
		}
		catch (RuntimeException ex) {
			calibration = Optional.empty();
		}
		OptionalInt knownOutOfScope;
		try {
			knownOutOfScope = OptionalInt.of(this.calibrations.knownOutOfScopeQuestions());
		}
		catch (RuntimeException ex) {
			knownOutOfScope = OptionalInt.empty();
		}
		this.curve.show(calibration, knownOutOfScope);
		add(this.curve);
		addEditor();
		add(new H3(getTranslation("policy.history.title")), this.history);
		try {
			load();
		}
		catch (StoreUnavailableException ex) {
			removeAll();
			add(new EmptyState(VaadinIcon.WARNING, "policy.policy-unavailable.title",
					"policy.policy-unavailable.text"));
		}
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
		this.operatingPoint.showOperatingPoint();
	}

	/** Validates and saves the edited policy as a new version with the comment. */
	void save() {
		List<String> found = new ArrayList<>();
		String why = this.comment.require(found);
		Optional<TriagePolicy> changed = this.form.read(found);
		if (changed.isPresent() && PolicyDifference.between(this.editing, changed.get()).isEmpty()) {
			found.add(getTranslation("policy.error.unchanged"));
		}
		if (!found.isEmpty() || changed.isEmpty()) {
			this.problems.show(found);
			return;
		}
		try {
			TriagePolicy saved = this.policies.save(changed.get(), this.editing.version(), why);
			load();
			Notification.show(getTranslation("policy.saved", saved.version()))
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (IllegalArgumentException ex) {
			this.problems.show(List.of(ex.getMessage()));
		}
		catch (VersionConflictException ex) {
			showConflict();
		}
		catch (StoreUnavailableException ex) {
			this.problems.show(List.of(getTranslation("policy.error.store", ex.getMessage())));
		}
	}

	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		this.unsavedChanges.beforeLeave(event);
	}

	/** Whether the form holds edits not saved (invalid input counts as an edit). */
	boolean edited() {
		return this.editing != null && this.policies.canEdit()
				&& this.form.read(new ArrayList<>())
					.map((read) -> !PolicyDifference.between(this.editing, read).isEmpty())
					.orElse(true);
	}

	void askRestore(int version) {
		this.restoreDialog = new RestoreDialog(version, (why) -> restore(version, why));
		this.restoreDialog.open();
	}

	/** Restores a version's values as a new version. */
	void restore(int version, String why) {
		if (why == null || why.isBlank()) {
			refuseRestore(getTranslation("policy.error.comment"));
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
			refuseRestore(ex.getMessage());
		}
	}

	private void refuseRestore(String problem) {
		if (this.restoreDialog != null) {
			this.restoreDialog.refuse(problem);
		}
	}

	private void showConflict() {
		TriagePolicy newest = this.policies.current();
		this.conflict.show(this.editing.version(), newest, time(newest.updatedAt()), this::load);
		this.problems.setVisible(false);
	}

	private String time(Instant at) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault())
			.format(at);
	}

}

package dev.tandem.admin.policy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.tandem.connector.triage.PolicyDifference;
import dev.tandem.connector.triage.TriagePolicy;

/**
 * Every saved version, newest first: who, when, why; the selected version's changes
 * against the one before it (field by field, before and after); and for admins a restore
 * of an older version (saved as a new version).
 */
class PolicyHistory extends VerticalLayout {

	final Grid<TriagePolicy> grid = new Grid<>();

	final Div changes = new Div();

	final Button restore = new Button();

	private final PolicyService service;

	private final IntConsumer onRestore;

	private int inForce;

	/**
	 * @param onRestore asked to restore a version (opens the comment dialog)
	 */
	PolicyHistory(PolicyService service, IntConsumer onRestore) {
		this.service = service;
		this.onRestore = onRestore;
		setId("policy-history");
		setPadding(false);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.grid.setId("policy-history-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.addColumn((policy) -> versionLabel(policy))
			.setHeader(getTranslation("policy.history.version"))
			.setWidth("9rem")
			.setFlexGrow(0);
		this.grid.addColumn((policy) -> (policy.version() == 0) ? "" : time.format(policy.updatedAt()))
			.setHeader(getTranslation("policy.history.at"))
			.setWidth("14rem")
			.setFlexGrow(0);
		this.grid.addColumn(TriagePolicy::updatedBy)
			.setHeader(getTranslation("policy.history.by"))
			.setWidth("9rem")
			.setFlexGrow(0);
		this.grid.addColumn((policy) -> (policy.version() == 0) ? getTranslation("policy.history.defaults")
				: policy.comment().orElse(""))
			.setHeader(getTranslation("policy.history.comment"))
			.setFlexGrow(1);
		this.grid.setAllRowsVisible(true);
		this.grid.asSingleSelect().addValueChangeListener((event) -> showChanges(event.getValue()));
		this.changes.setId("policy-history-changes");
		this.changes.addClassName("tandem-policy-changes");
		this.restore.setId("policy-restore");
		this.restore.setIcon(VaadinIcon.ROTATE_LEFT.create());
		this.restore.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
		this.restore.setVisible(false);
		this.restore.addClickListener((event) -> {
			TriagePolicy selected = this.grid.asSingleSelect().getValue();
			if (selected != null) {
				this.onRestore.accept(selected.version());
			}
		});
		add(this.grid, this.changes, this.restore);
	}

	void refresh() {
		List<TriagePolicy> versions = this.service.history();
		this.inForce = versions.isEmpty() ? 0 : versions.getFirst().version();
		this.grid.setItems(versions);
		if (!versions.isEmpty()) {
			this.grid.select(versions.getFirst());
		}
		else {
			showChanges(null);
		}
	}

	void select(int version) {
		this.grid.getListDataView()
			.getItems()
			.filter((policy) -> policy.version() == version)
			.findFirst()
			.ifPresent(this.grid::select);
	}

	private String versionLabel(TriagePolicy policy) {
		String label = name(policy);
		return (policy.version() == this.inForce) ? label + " · " + getTranslation("policy.history.in-force") : label;
	}

	private static String name(TriagePolicy policy) {
		return (policy.version() == 0) ? "0" : "v" + policy.version();
	}

	private void showChanges(TriagePolicy selected) {
		this.changes.removeAll();
		this.restore.setVisible(false);
		if (selected == null) {
			return;
		}
		this.changes.add(new H4(getTranslation("policy.history.changes", name(selected))));
		List<PolicyDifference.Change> changed = this.service.previous(selected)
			.map((previous) -> PolicyDifference.between(previous, selected))
			.orElse(List.of());
		if (selected.version() == 0) {
			this.changes.add(new Div(getTranslation("policy.history.defaults.text")));
		}
		else if (changed.isEmpty()) {
			this.changes.add(new Div(getTranslation("policy.history.no-changes")));
		}
		for (PolicyDifference.Change change : changed) {
			Div line = new Div();
			line.addClassName("tandem-policy-change");
			Span field = new Span(fieldLabel(change.field()));
			field.addClassName("tandem-detail-name");
			Span before = new Span(change.before());
			before.addClassName("tandem-policy-before");
			Span after = new Span(change.after());
			after.addClassName("tandem-policy-after");
			line.add(field, before, new Span(" → "), after);
			this.changes.add(line);
		}
		if (this.service.canEdit() && selected.version() != this.inForce) {
			this.restore.setText(getTranslation("policy.history.restore", name(selected)));
			this.restore.setVisible(true);
		}
	}

	private String fieldLabel(String field) {
		return getTranslation("policy.field." + field);
	}

}

package dev.tandem.admin.alerts;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;
import dev.tandem.connector.alerts.Alert;
import dev.tandem.connector.store.StoreUnavailableException;

/**
 * Spikes of negative sentiment or of one topic over their baseline; open ones first, each
 * acknowledged by a person (audited).
 */
@Route("alerts")
@Menu(order = 60, title = "nav.alerts", icon = "vaadin:bell")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.MANAGER })
class AlertsView extends TandemView implements BeforeEnterObserver {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final AlertService alerts;

	final Grid<Alert> grid = new Grid<>();

	private final Paragraph explanation = new Paragraph();

	private final EmptyState empty = new EmptyState(VaadinIcon.BELL, "alerts.empty.title", "alerts.empty.text");

	AlertsView(AlertService alerts) {
		super("alerts", "nav.alerts");
		this.alerts = alerts;
		this.explanation.setText(getTranslation("alerts.explanation"));
		this.explanation.addClassName("tandem-panel-definition");
		this.grid.setId("alerts-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.addColumn((a) -> AlertText.of(a, this::getTranslation))
			.setHeader(getTranslation("alerts.column.what"))
			.setFlexGrow(4);
		this.grid.addColumn((a) -> TIME.format(a.windowStart()) + " – " + TIME.format(a.windowEnd()))
			.setHeader(getTranslation("alerts.column.window"))
			.setFlexGrow(2);
		this.grid.addComponentColumn(this::status).setHeader(getTranslation("alerts.column.status")).setFlexGrow(2);
		this.grid.setAllRowsVisible(true);
		add(this.explanation, this.grid, this.empty);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		refresh();
	}

	private void refresh() {
		try {
			var latest = this.alerts.latest();
			this.grid.setItems(latest);
			this.grid.setVisible(!latest.isEmpty());
			this.empty.setVisible(latest.isEmpty());
		}
		catch (StoreUnavailableException ex) {
			this.grid.setVisible(false);
			this.explanation.setText(getTranslation("alerts.unavailable", ex.getMessage()));
		}
	}

	private com.vaadin.flow.component.Component status(Alert alert) {
		if (!alert.open()) {
			return new Span(getTranslation("alerts.acknowledged", alert.acknowledgedBy().orElse("?"),
					TIME.format(alert.acknowledgedAt().orElseThrow())));
		}
		Button acknowledge = new Button(getTranslation("alerts.acknowledge"), (e) -> {
			this.alerts.acknowledge(alert.id());
			refresh();
			getUI().ifPresent((ui) -> ui.navigate(AlertsView.class));
		});
		acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		acknowledge.setId("acknowledge-" + alert.id());
		return acknowledge;
	}

}

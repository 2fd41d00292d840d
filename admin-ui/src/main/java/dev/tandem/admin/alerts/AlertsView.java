package dev.tandem.admin.alerts;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;

/**
 * Alerts on what needs attention: falling answer quality, spikes of unhappy customers,
 * integration failures.
 */
@Route("alerts")
@Menu(order = 60, title = "nav.alerts", icon = "vaadin:bell-o")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.MANAGER })
class AlertsView extends TandemView {

	AlertsView() {
		super("alerts", "nav.alerts");
		add(new EmptyState(VaadinIcon.BELL_O, "alerts.empty.title", "alerts.empty.text"));
	}

}

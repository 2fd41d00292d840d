package dev.tandem.admin.dashboards;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;

/**
 * Service-desk results over time: tickets answered automatically, assisted and handed to
 * people; answer quality; knowledge use.
 */
@Route("dashboards")
@Menu(order = 10, title = "nav.dashboards", icon = "vaadin:dashboard")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER, Role.Name.MANAGER })
class DashboardsView extends TandemView {

	DashboardsView() {
		super("dashboards", "nav.dashboards");
		add(new EmptyState(VaadinIcon.DASHBOARD, "dashboards.empty.title", "dashboards.empty.text"));
	}

}

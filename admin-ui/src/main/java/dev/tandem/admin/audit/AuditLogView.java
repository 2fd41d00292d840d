package dev.tandem.admin.audit;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;

/**
 * Who changed what, and every action Tandem took in Jira, for accountability.
 */
@Route("audit-log")
@Menu(order = 80, title = "nav.audit-log", icon = "vaadin:records")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.MANAGER })
class AuditLogView extends TandemView {

	AuditLogView() {
		super("audit-log", "nav.audit-log");
		add(new EmptyState(VaadinIcon.RECORDS, "audit-log.empty.title", "audit-log.empty.text"));
	}

}

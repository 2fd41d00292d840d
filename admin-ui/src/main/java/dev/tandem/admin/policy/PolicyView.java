package dev.tandem.admin.policy;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;

/**
 * When Tandem answers by itself, when it assists a person, and who gets which ticket.
 */
@Route("policy")
@Menu(order = 70, title = "nav.policy", icon = "vaadin:road-branches")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.MANAGER })
class PolicyView extends TandemView {

	PolicyView() {
		super("policy", "nav.policy");
		add(new EmptyState(VaadinIcon.ROAD_BRANCHES, "policy.empty.title", "policy.empty.text"));
	}

}

package dev.tandem.admin.tryit;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;

/**
 * Ask like a customer and see what Tandem would do: decision, confidence, articles,
 * reasons. Changes nothing.
 */
@Route("try-it")
@Menu(order = 50, title = "nav.try-it", icon = "vaadin:comment-ellipsis-o")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER, Role.Name.MANAGER })
class TryItView extends TandemView {

	TryItView() {
		super("try-it", "nav.try-it");
		add(new EmptyState(VaadinIcon.COMMENT_ELLIPSIS_O, "try-it.empty.title", "try-it.empty.text"));
	}

}

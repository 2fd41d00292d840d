package dev.tandem.admin.kb;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;

/**
 * The knowledge base: articles, their versions and status, import.
 */
@Route("knowledge-base")
@Menu(order = 20, title = "nav.knowledge-base", icon = "vaadin:book")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER })
class KnowledgeBaseView extends TandemView {

	KnowledgeBaseView() {
		super("knowledge-base", "nav.knowledge-base");
		add(new EmptyState(VaadinIcon.BOOK, "knowledge-base.empty.title", "knowledge-base.empty.text"));
	}

}

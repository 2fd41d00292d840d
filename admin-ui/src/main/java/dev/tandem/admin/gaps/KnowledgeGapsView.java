package dev.tandem.admin.gaps;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;

/**
 * Questions customers ask that no article answers well, grouped, so the knowledge base
 * grows where it matters.
 */
@Route("knowledge-gaps")
@Menu(order = 40, title = "nav.knowledge-gaps", icon = "vaadin:question-circle-o")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER, Role.Name.MANAGER })
class KnowledgeGapsView extends TandemView {

	KnowledgeGapsView() {
		super("knowledge-gaps", "nav.knowledge-gaps");
		add(new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, "knowledge-gaps.empty.title", "knowledge-gaps.empty.text"));
	}

}

package dev.tandem.admin.review;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;

/**
 * Drafts waiting for a person: articles drafted from human resolutions and answers Tandem
 * was unsure of.
 */
@Route("review-queue")
@Menu(order = 30, title = "nav.review-queue", icon = "vaadin:clipboard-check")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER })
class ReviewQueueView extends TandemView {

	ReviewQueueView() {
		super("review-queue", "nav.review-queue");
		add(new EmptyState(VaadinIcon.CLIPBOARD_CHECK, "review-queue.empty.title", "review-queue.empty.text"));
	}

}

package dev.tandem.admin.layout;

import java.util.List;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuEntry;

import jakarta.annotation.security.PermitAll;

/**
 * The address after sign-in ({@code /}): opens the first page the user's roles allow. A
 * user without any role (a single sign-on user whose groups map to no Tandem role) learns
 * why they see nothing.
 */
@Route("")
@PermitAll
public class HomeView extends TandemView implements BeforeEnterObserver {

	public HomeView() {
		super("home", "layout.home.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<MenuEntry> entries = MainLayout.allowedEntries();
		if (!entries.isEmpty()) {
			event.forwardTo(entries.getFirst().path());
			return;
		}
		removeAll();
		add(new EmptyState(VaadinIcon.LOCK, "layout.no-role.title", "layout.no-role.text"));
	}

}

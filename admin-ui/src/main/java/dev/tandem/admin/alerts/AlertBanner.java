package dev.tandem.admin.alerts;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;

import dev.tandem.admin.layout.PageBanner;
import dev.tandem.admin.security.CurrentUser;
import dev.tandem.admin.security.Role;
import dev.tandem.connector.alerts.Alert;
import dev.tandem.connector.store.StoreUnavailableException;

/**
 * "2 open alerts" on top of every page, for admins and managers, linking to the alerts.
 */
@org.springframework.stereotype.Component
class AlertBanner implements PageBanner {

	private final AlertService alerts;

	private final CurrentUser currentUser;

	AlertBanner(AlertService alerts, CurrentUser currentUser) {
		this.alerts = alerts;
		this.currentUser = currentUser;
	}

	@Override
	public Optional<com.vaadin.flow.component.Component> banner() {
		boolean concerned = this.currentUser.get()
			.filter((user) -> user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGER))
			.isPresent();
		if (!concerned) {
			return Optional.empty();
		}
		List<Alert> open;
		try {
			open = this.alerts.open();
		}
		catch (StoreUnavailableException ex) {
			return Optional.empty();
		}
		if (open.isEmpty()) {
			return Optional.empty();
		}
		UI ui = UI.getCurrent();
		String text = (open.size() == 1) ? AlertText.of(open.get(0), ui::getTranslation)
				: ui.getTranslation("alerts.banner.many", open.size());
		Anchor link = new Anchor("alerts", text);
		link.setId("alert-banner");
		link.addClassName("tandem-alert-banner");
		link.addComponentAsFirst(VaadinIcon.WARNING.create());
		return Optional.of(link);
	}

}

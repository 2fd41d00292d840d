package dev.tandem.admin.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.admin.security.CurrentUser;
import dev.tandem.admin.security.SignedInUser;
import dev.tandem.connector.alerts.Alert;
import dev.tandem.connector.alerts.AlertStore;

/**
 * Alerts for admins and managers: list, acknowledge (audited with the signed-in user).
 * Empty when the connector does not run in this process.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class AlertService {

	private final ObjectProvider<AlertStore> store;

	private final CurrentUser currentUser;

	private final Clock clock;

	AlertService(ObjectProvider<AlertStore> store, CurrentUser currentUser, Clock clock) {
		this.store = store;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	public List<Alert> open() {
		return Optional.ofNullable(this.store.getIfAvailable()).map(AlertStore::open).orElse(List.of());
	}

	public List<Alert> latest() {
		return Optional.ofNullable(this.store.getIfAvailable()).map((s) -> s.latest(200)).orElse(List.of());
	}

	public Optional<Alert> acknowledge(String id) {
		String by = this.currentUser.get().map(SignedInUser::username).orElse("unknown");
		return Optional.ofNullable(this.store.getIfAvailable())
			.flatMap((s) -> s.acknowledge(id, by, this.clock.instant()));
	}

}

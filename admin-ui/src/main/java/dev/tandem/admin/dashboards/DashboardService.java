package dev.tandem.admin.dashboards;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.connector.reporting.ReportQuery;
import dev.tandem.connector.reporting.Reporting;
import dev.tandem.connector.reporting.ServiceDeskReport;

/**
 * The dashboards' data: the connector's {@link Reporting} for the signed-in roles. Empty
 * when the connector does not run in this process
 * ({@code tandem.connector.enabled=false}).
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER', 'MANAGER')")
public class DashboardService {

	private final ObjectProvider<Reporting> reporting;

	DashboardService(ObjectProvider<Reporting> reporting) {
		this.reporting = reporting;
	}

	/**
	 * @throws dev.tandem.connector.store.StoreUnavailableException when Elasticsearch
	 * cannot be read
	 */
	public Optional<ServiceDeskReport> report(ReportQuery query) {
		return Optional.ofNullable(this.reporting.getIfAvailable()).map((service) -> service.report(query));
	}

}

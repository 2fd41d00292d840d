package dev.tandem.admin.audit;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.audit.AuditQuery;

/**
 * The audit trail for admins and managers. Empty when the connector does not run in this
 * process.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class AuditService {

	private final ObjectProvider<AuditLog> log;

	AuditService(ObjectProvider<AuditLog> log) {
		this.log = log;
	}

	public List<AuditEntry> search(AuditQuery query) {
		AuditLog audit = this.log.getIfAvailable();
		return (audit != null) ? audit.search(query) : List.of();
	}

	public long count(AuditQuery query) {
		AuditLog audit = this.log.getIfAvailable();
		return (audit != null) ? audit.count(query) : 0;
	}

}

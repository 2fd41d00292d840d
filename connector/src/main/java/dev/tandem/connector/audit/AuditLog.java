package dev.tandem.connector.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreUnavailableException;
import dev.tandem.connector.store.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail ({@code <prefix>-audit}). Writing never throws: an action already done
 * in Jira must not be repeated because its audit line could not be written, so a failed
 * write is logged at ERROR with the full entry instead.
 */
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final DocumentIndex<AuditEntry> index;

	private final Clock clock;

	public AuditLog(DocumentIndexes indexes, Clock clock) {
		this.index = indexes.index("audit", "/dev/tandem/connector/audit/audit-mapping.json", AuditEntry.class);
		this.clock = clock;
	}

	public void record(AuditEntry entry) {
		try {
			this.index.append(entry);
		}
		catch (StoreUnavailableException ex) {
			log.error("Audit entry could not be stored ({}): {}", ex.getMessage(), entry);
		}
	}

	/** Shorthand for an entry by the connector itself about a ticket. */
	public void ticket(String issueKey, String action, Optional<String> decision, List<String> reasons,
			Map<String, String> details, boolean shadow) {
		record(new AuditEntry(this.clock.instant(), "tandem", action, Optional.of(issueKey), decision, reasons, details,
				shadow));
	}

	/** Entries matching the query, newest first, one page. */
	public List<AuditEntry> search(AuditQuery query) {
		return this.index.search(AuditSelection.of(query), newestFirst(), query.offset(), query.limit())
			.stream()
			.map(Versioned::value)
			.toList();
	}

	/** How many entries match the query (for paging). */
	public long count(AuditQuery query) {
		return this.index.count(AuditSelection.of(query));
	}

	private static List<SortOptions> newestFirst() {
		return List.of(SortOptions.of((sort) -> sort.field((field) -> field.field("at").order(SortOrder.Desc))));
	}

	/** The latest entries, newest first, optionally for one ticket. */
	public List<AuditEntry> latest(Optional<String> issueKey, int size) {
		Query query = issueKey.map((key) -> Query.of((q) -> q.term((term) -> term.field("issueKey").value(key))))
			.orElseGet(() -> Query.of((q) -> q.matchAll((all) -> all)));
		return this.index.search(query,
				List.of(SortOptions.of((sort) -> sort.field((field) -> field.field("at").order(SortOrder.Desc)))), size)
			.stream()
			.map(Versioned::value)
			.toList();
	}

}

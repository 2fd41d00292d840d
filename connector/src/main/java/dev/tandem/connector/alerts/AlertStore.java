package dev.tandem.connector.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.Versioned;

/** Alerts in {@code <prefix>-alerts}, newest first; acknowledging is audited. */
public class AlertStore {

	private final DocumentIndex<Alert> index;

	private final AuditLog audit;

	public AlertStore(DocumentIndexes indexes, AuditLog audit) {
		this.index = indexes.index("alerts", "/dev/tandem/connector/alerts/alerts-mapping.json", Alert.class);
		this.audit = audit;
	}

	/**
	 * @return true when stored, false when this alert existed already
	 */
	public boolean raise(Alert alert) {
		boolean created = this.index.createIfAbsent(alert.id(), alert);
		if (created) {
			this.index.refresh();
		}
		return created;
	}

	/** Unacknowledged alerts, newest first. */
	public List<Alert> open() {
		return search(Query
			.of((q) -> q.bool((bool) -> bool.mustNot((not) -> not.exists((exists) -> exists.field("acknowledgedAt"))))),
				100);
	}

	public List<Alert> latest(int size) {
		return search(Query.of((q) -> q.matchAll((all) -> all)), size);
	}

	/**
	 * Marks an alert as seen.
	 * @return the acknowledged alert; empty when there is no such alert
	 */
	public Optional<Alert> acknowledge(String id, String by, Instant now) {
		Optional<Versioned<Alert>> found = this.index.get(id);
		if (found.isEmpty() || !found.get().value().open()) {
			return found.map(Versioned::value);
		}
		Alert acknowledged = found.get().value().acknowledged(by, now);
		this.index.replace(new Versioned<>(id, acknowledged, found.get().seqNo(), found.get().primaryTerm()));
		this.index.refresh();
		this.audit.record(new AuditEntry(now, by, "alert.acknowledged", Optional.empty(), Optional.empty(),
				List.of("acknowledged " + describe(acknowledged)), java.util.Map.of("alert", id), false));
		return Optional.of(acknowledged);
	}

	static String describe(Alert alert) {
		return switch (alert.kind()) {
			case NEGATIVE_SENTIMENT -> "negative-sentiment spike";
			case TOPIC_SPIKE -> "spike of topic '" + alert.topic().orElse("?") + "'";
		} + String.format(java.util.Locale.ROOT, ": %d tickets from %s to %s (baseline %.1f, threshold %.1f)",
				alert.count(), alert.windowStart(), alert.windowEnd(), alert.baselineMean(), alert.threshold());
	}

	private List<Alert> search(Query query, int size) {
		return this.index
			.search(query,
					List.of(SortOptions
						.of((sort) -> sort.field((field) -> field.field("raisedAt").order(SortOrder.Desc)))),
					size)
			.stream()
			.map(Versioned::value)
			.toList();
	}

}

package dev.tandem.connector.reporting;

import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.reporting.internal.ReportCalculator;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.Versioned;

/**
 * The service desk's results, read from the cases index ({@code <prefix>-cases}):
 * Elasticsearch selects the period's cases (time range, category, language), the
 * definitions are applied in {@link ReportCalculator} so each one is unit-tested and
 * documented in one place. One report reads at most {@link #MAX_CASES} cases per period
 * (the newest); beyond that it says {@code truncated}.
 */
public class Reporting {

	/** Elasticsearch's default result window. */
	public static final int MAX_CASES = 10_000;

	private final DocumentIndex<TicketCase> cases;

	private final Duration durability;

	public Reporting(DocumentIndexes indexes) {
		this(indexes, Duration.ofDays(7));
	}

	/**
	 * @param durability how long a resolution must stand to count as durable
	 * ({@code tandem.outcomes.durable-after})
	 */
	public Reporting(DocumentIndexes indexes, Duration durability) {
		this.cases = indexes.index("cases", "/dev/tandem/connector/cases/cases-mapping.json", TicketCase.class);
		this.durability = durability;
	}

	/**
	 * @throws dev.tandem.connector.store.StoreUnavailableException when Elasticsearch
	 * cannot be read
	 */
	public ServiceDeskReport report(ReportQuery query) {
		Query selection = selection(query);
		long matching = this.cases.count(selection);
		List<TicketCase> current = read(selection);
		List<TicketCase> previous = read(selection(query.previous()));
		return ReportCalculator.calculate(query, current, previous, matching > current.size(), this.durability);
	}

	private List<TicketCase> read(Query selection) {
		return this.cases
			.search(selection,
					List.of(SortOptions
						.of((sort) -> sort.field((field) -> field.field("receivedAt").order(SortOrder.Desc)))),
					MAX_CASES)
			.stream()
			.map(Versioned::value)
			.toList();
	}

	static Query selection(ReportQuery query) {
		return Query.of((q) -> q.bool((bool) -> {
			bool.filter((f) -> f.range((range) -> range.untyped((date) -> date.field("receivedAt")
				.gte(JsonData.of(query.from().toString()))
				.lt(JsonData.of(query.to().toString())))));
			query.category().ifPresent((category) -> {
				if (category.equals(ReportCalculator.UNCATEGORISED)) {
					bool.mustNot((not) -> not.exists((exists) -> exists.field("triage.category")));
				}
				else {
					bool.filter((f) -> f.term((term) -> term.field("triage.category").value(FieldValue.of(category))));
				}
			});
			query.language()
				.ifPresent((language) -> bool
					.filter((f) -> f.term((term) -> term.field("triage.language").value(FieldValue.of(language)))));
			return bool;
		}));
	}

}

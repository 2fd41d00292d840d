package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.DocumentVersion;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;

/**
 * Cases in {@code <prefix>-cases}, one per ticket, keyed by issue id.
 */
public class CaseStore {

	/**
	 * Enough for every case in flight on one instance (its queue, its threads and the
	 * sweep's view a refresh behind) several times over.
	 */
	private static final int RECENT_CASES = 4096;

	private final DocumentIndex<TicketCase> index;

	private final RecentCases recent = new RecentCases(RECENT_CASES);

	public CaseStore(DocumentIndexes indexes) {
		this.index = indexes.index("cases", "/dev/tandem/connector/cases/cases-mapping.json", TicketCase.class);
	}

	/**
	 * Stores a new case unless the ticket has one already.
	 * @return true when stored, false when the ticket already had a case
	 * @throws dev.tandem.connector.store.StoreUnavailableException when Elasticsearch did
	 * not take it
	 */
	public boolean open(TicketCase ticketCase) {
		Optional<Versioned<TicketCase>> created = this.index.create(ticketCase.issueId(), ticketCase);
		created.ifPresent(this.recent::remember);
		return created.isPresent();
	}

	/** Reads the stored case (real time: the newest version). */
	public Optional<Versioned<TicketCase>> find(String issueId) {
		Optional<Versioned<TicketCase>> found = this.index.get(issueId);
		found.ifPresentOrElse(this.recent::remember, () -> this.recent.forget(issueId));
		return found;
	}

	/**
	 * The newest version of a case this instance wrote or read lately, if it remembers
	 * one. It may be older than the stored one when another instance wrote since: write
	 * it back only with its version, and do not conclude from it that there is nothing to
	 * do.
	 */
	public Optional<Versioned<TicketCase>> remembered(String issueId) {
		return this.recent.get(issueId);
	}

	/**
	 * The newest version of a case this instance knows (it wrote or read it lately), else
	 * the stored one. It may be older than the stored one when another instance wrote
	 * since: a {@link #save} of it then fails with a version conflict, after which
	 * {@link #find} reads the stored one.
	 */
	public Optional<Versioned<TicketCase>> latestKnown(String issueId) {
		return this.recent.get(issueId).or(() -> find(issueId));
	}

	/**
	 * Writes a changed case if nobody changed it since it was read.
	 * @throws VersionConflictException otherwise
	 */
	public Versioned<TicketCase> save(Versioned<TicketCase> changed) {
		try {
			Versioned<TicketCase> saved = this.index.replace(changed);
			this.recent.remember(saved);
			return saved;
		}
		catch (VersionConflictException ex) {
			this.recent.forget(changed.id());
			throw ex;
		}
	}

	/**
	 * Ids of cases due by {@code now} whose lease (if any) has lapsed, oldest due first.
	 */
	public List<String> due(Instant now, int max) {
		Query dueNow = Query
			.of((q) -> q.range((range) -> range.untyped((u) -> u.field("dueAt").lte(JsonData.of(now.toString())))));
		Query leased = Query.of((q) -> q
			.range((range) -> range.untyped((u) -> u.field("lease.until").gt(JsonData.of(now.toString())))));
		Query query = Query.of((q) -> q.bool((bool) -> bool.filter(dueNow).mustNot(leased)));
		return this.index
			.searchVersions(query,
					List.of(SortOptions.of((sort) -> sort.field((field) -> field.field("dueAt").order(SortOrder.Asc)))),
					max)
			.stream()
			.filter((seen) -> !movedOnSince(seen, now))
			.map(DocumentVersion::id)
			.toList();
	}

	/**
	 * Whether this instance knows a version at least as new as the one a search saw that
	 * is not due, or leased: the search ran on a view up to a refresh old, in which a
	 * case just finished still looks due (it would be claimed and released for nothing).
	 */
	private boolean movedOnSince(DocumentVersion seen, Instant now) {
		return this.recent.get(seen.id())
			.filter(seen::isNotNewerThan)
			.map(Versioned::value)
			.filter((known) -> !known.isDue(now) || known.isLeasedAt(now))
			.isPresent();
	}

	/**
	 * Ids of cases whose harvest step is pending and due by {@code now}, oldest due
	 * first.
	 */
	public List<String> harvestDue(Instant now, int max) {
		Query pending = Query.of((q) -> q.term((term) -> term.field("harvest.status").value("PENDING")));
		Query dueNow = Query.of((q) -> q
			.range((range) -> range.untyped((u) -> u.field("harvest.dueAt").lte(JsonData.of(now.toString())))));
		Query query = Query.of((q) -> q.bool((bool) -> bool.filter(pending).filter(dueNow)));
		return this.index
			.search(query,
					List.of(SortOptions
						.of((sort) -> sort.field((field) -> field.field("harvest.dueAt").order(SortOrder.Asc)))),
					max)
			.stream()
			.map(Versioned::id)
			.toList();
	}

	/** The newest cases, optionally in one state or for one issue key. */
	public List<TicketCase> latest(Optional<CaseState> state, Optional<String> issueKey, int size) {
		Query query = Query.of((q) -> q.bool((bool) -> {
			state.ifPresent((value) -> bool.filter((f) -> f.term((term) -> term.field("state").value(value.name()))));
			issueKey.ifPresent((key) -> bool.filter((f) -> f.term((term) -> term.field("issueKey").value(key))));
			return bool;
		}));
		return this.index
			.search(query,
					List.of(SortOptions
						.of((sort) -> sort.field((field) -> field.field("receivedAt").order(SortOrder.Desc)))),
					size)
			.stream()
			.map(Versioned::value)
			.toList();
	}

	/** How many cases the project's tickets have. */
	public long countInProject(String projectKey) {
		return this.index.count(Query.of((q) -> q.term((term) -> term.field("projectKey").value(projectKey))));
	}

	public long count(CaseState state) {
		return this.index.count(Query.of((q) -> q.term((term) -> term.field("state").value(state.name()))));
	}

	/** Cases matching a query (with their versions, to be changed), newest first. */
	public List<Versioned<TicketCase>> matching(Query query, int max) {
		return this.index.search(query, List
			.of(SortOptions.of((sort) -> sort.field((field) -> field.field("receivedAt").order(SortOrder.Desc)))), max);
	}

	/** Aggregations over the cases matching a query (counts for outcomes, dashboards). */
	public Map<String, Aggregate> aggregate(Query query, Map<String, Aggregation> aggregations) {
		return this.index.aggregate(query, aggregations);
	}

	/** Makes recent writes searchable (tests, admin views). */
	public void refresh() {
		this.index.refresh();
	}

}

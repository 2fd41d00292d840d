package dev.tandem.connector.gaps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.Versioned;
import dev.tandem.connector.triage.Decision;
import dev.tandem.connector.triage.TriageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knowledge gaps from the cases: which topics people had to handle because the knowledge
 * base had no confident answer, or whose automatic answers failed. Computed on demand for
 * a window and kept (with the time of computation) in {@code <prefix>-gaps}, so the admin
 * UI shows the last result at once and recomputes when asked.
 */
public class KnowledgeGaps {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeGaps.class);

	private static final String LATEST = "latest";

	private final CaseStore cases;

	private final GapFinder finder;

	private final DocumentIndex<GapReport> reports;

	private final GapProperties properties;

	private final Clock clock;

	public KnowledgeGaps(CaseStore cases, GapFinder finder, DocumentIndexes indexes, GapProperties properties,
			Clock clock) {
		this.cases = cases;
		this.finder = finder;
		this.reports = indexes.index("gaps", "/dev/tandem/connector/gaps/gaps-mapping.json", GapReport.class);
		this.properties = properties;
		this.clock = clock;
	}

	/** Computes the gaps of the configured window ({@code tandem.gaps.window}). */
	public GapReport compute() {
		return compute(this.properties.window());
	}

	/**
	 * Computes the gaps of the last {@code window} (trend against the window before it),
	 * stores the result as the latest and returns it.
	 */
	public GapReport compute(Duration window) {
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("window must be positive, was " + window);
		}
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		Instant from = now.minus(window);
		Instant previousFrom = from.minus(window);
		List<GapTicket> tickets = tickets(previousFrom);
		List<KnowledgeGap> gaps = this.finder.find(tickets, from);
		GapReport report = new GapReport(now, from, now, previousFrom, tickets.size(), gaps,
				(System.nanoTime() - started) / 1_000_000);
		this.reports.put(LATEST, report);
		log.info("Knowledge gaps: {} gap(s) from {} ticket(s) in {} ms", gaps.size(), tickets.size(),
				report.computeMillis());
		return report;
	}

	/** The last computed report, if any. */
	public Optional<GapReport> latest() {
		return this.reports.get(LATEST).map(Versioned::value);
	}

	/**
	 * The gap tickets since a time: escalated because retrieval had no confident article
	 * (not because of the customer's mood, a VIP rule or a request for a person: those
	 * had an answer), and automatic answers the customer rejected or that were reopened.
	 */
	List<GapTicket> tickets(Instant since) {
		Query recent = Query.of((q) -> q
			.range((range) -> range.untyped((u) -> u.field("receivedAt").gte(JsonData.of(since.toString())))));
		Query escalated = Query.of((q) -> q.terms((terms) -> terms.field("triage.decision")
			.terms((t) -> t
				.value(List.of(FieldValue.of(Decision.HUMAN.name()), FieldValue.of(Decision.ASSIST.name()))))));
		Query failed = Query.of((q) -> q.terms((terms) -> terms.field("followUp.outcome")
			.terms((t) -> t.value(List.of(FieldValue.of("REJECTED"), FieldValue.of("REOPENED"))))));
		Query query = Query.of((q) -> q.bool((bool) -> bool.filter(recent)
			.filter((f) -> f.bool((either) -> either.should(escalated).should(failed).minimumShouldMatch("1")))));
		List<GapTicket> tickets = new ArrayList<>();
		for (Versioned<TicketCase> found : this.cases.matching(query, this.properties.maxTickets())) {
			gapTicket(found.value()).ifPresent(tickets::add);
		}
		return tickets;
	}

	static Optional<GapTicket> gapTicket(TicketCase ticketCase) {
		if (ticketCase.triage().isEmpty()) {
			return Optional.empty();
		}
		TriageResult triage = ticketCase.triage().get();
		boolean answerFailed = ticketCase.followUp()
			.map(AnswerFollowUp::outcome)
			.filter((outcome) -> outcome.isFailure())
			.isPresent();
		boolean noConfidentArticle = triage.decision() != Decision.AUTO_ANSWER && !triage.answerable();
		if (!answerFailed && !noConfidentArticle) {
			return Optional.empty();
		}
		return Optional
			.of(new GapTicket(ticketCase.issueKey(), ticketCase.ticket().description(), ticketCase.ticket().summary(),
					triage.language(), triage.category(), ticketCase.receivedAt(), answerFailed));
	}

}

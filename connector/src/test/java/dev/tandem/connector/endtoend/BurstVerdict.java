package dev.tandem.connector.endtoend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.jira.JiraLedger;

/**
 * Whether every ticket got exactly its one outcome in Jira, judged from what Jira applied
 * ({@link JiraLedger}), not from what the connector believes.
 *
 * @param complete every ticket has its outcome
 * @param missing tickets still lacking something
 * @param duplicated tickets that got something twice
 * @param outcomes what Jira did, per ticket key
 */
record BurstVerdict(boolean complete, List<BurstTickets.Ticket> missing, List<BurstTickets.Ticket> duplicated,
		Map<String, JiraLedger.IssueOutcome> outcomes) {

	private static final Duration QUIET = Duration.ofSeconds(3);

	static BurstVerdict of(List<BurstTickets.Ticket> tickets, JiraLedger ledger) {
		List<BurstTickets.Ticket> missing = new ArrayList<>();
		List<BurstTickets.Ticket> duplicated = new ArrayList<>();
		Map<String, JiraLedger.IssueOutcome> outcomes = new LinkedHashMap<>();
		for (BurstTickets.Ticket ticket : tickets) {
			JiraLedger.IssueOutcome outcome = ledger.outcome(ticket.key());
			outcomes.put(ticket.key(), outcome);
			if (ticket.expected().missing(outcome)) {
				missing.add(ticket);
			}
			if (ticket.expected().duplicated(outcome)) {
				duplicated.add(ticket);
			}
		}
		return new BurstVerdict(missing.isEmpty(), missing, duplicated, outcomes);
	}

	/**
	 * Waits until every ticket has its outcome and Jira has then been quiet for a few
	 * seconds (so a late duplicate would still be seen), or the time is up.
	 */
	static BurstVerdict await(List<BurstTickets.Ticket> tickets, JiraLedger ledger, Duration timeout)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout.isNegative() ? Duration.ZERO : timeout);
		long changes = -1;
		Instant quietSince = Instant.now();
		while (true) {
			BurstVerdict verdict = of(tickets, ledger);
			if (ledger.changes() != changes) {
				changes = ledger.changes();
				quietSince = Instant.now();
			}
			boolean quiet = Duration.between(quietSince, Instant.now()).compareTo(QUIET) >= 0;
			if ((verdict.complete() && quiet) || Instant.now().isAfter(deadline)) {
				return verdict;
			}
			Thread.sleep(500);
		}
	}

	/** Tickets with anything wrong, missing first. */
	List<BurstTickets.Ticket> wrong() {
		List<BurstTickets.Ticket> wrong = new ArrayList<>(this.missing);
		this.duplicated.stream().filter((ticket) -> !wrong.contains(ticket)).forEach(wrong::add);
		return wrong;
	}

	/** Assignment requests Jira applied beyond the one needed (idempotent repeats). */
	int repeatedAssignments() {
		return this.outcomes.values()
			.stream()
			.mapToInt((outcome) -> Math.max(0, outcome.assignmentRequests() - outcome.assignmentChanges()))
			.sum();
	}

}

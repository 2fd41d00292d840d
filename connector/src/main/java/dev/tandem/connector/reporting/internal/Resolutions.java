package dev.tandem.connector.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.cases.ResolutionChange;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.reporting.Availability;
import dev.tandem.connector.reporting.Rate;
import dev.tandem.connector.triage.Decision;

/**
 * Rates from the resolutions and reopenings recorded from Jira (a case's
 * {@code resolutions}): missing while no case in the period has any.
 */
final class Resolutions {

	/**
	 * How long a resolution must stand to count as durable unless configured
	 * ({@code tandem.outcomes.durable-after}).
	 */
	static final Duration DEFAULT_DURABILITY = Duration.ofDays(7);

	private Resolutions() {
	}

	/** Reopened tickets of the tickets resolved in Jira. */
	static Availability<Rate> reopen(List<TicketCase> cases) {
		List<TicketCase> resolved = cases.stream().filter((c) -> firstResolved(c).isPresent()).toList();
		if (resolved.isEmpty()) {
			return Availability.missing("not-recorded");
		}
		long reopened = resolved.stream().filter(Resolutions::reopenedAfterResolving).count();
		return Availability.of(new Rate(reopened, resolved.size()));
	}

	/**
	 * Auto-answered tickets whose first resolution stood {@code durability} without a
	 * reopening, of the triaged tickets received at least that long before {@code end}
	 * (younger ones cannot be judged yet).
	 */
	static Availability<Rate> durable(List<TicketCase> triaged, Instant end, Duration durability) {
		if (triaged.stream().noneMatch((c) -> firstResolved(c).isPresent())) {
			return Availability.missing("not-recorded");
		}
		List<TicketCase> judged = triaged.stream()
			.filter((c) -> !c.receivedAt().plus(durability).isAfter(end))
			.toList();
		long durable = judged.stream()
			.filter((c) -> ReportCalculator.decision(c) == Decision.AUTO_ANSWER)
			.filter((c) -> firstResolved(c).filter((at) -> !at.plus(durability).isAfter(end))
				.filter((at) -> reopenedWithin(c, at, durability).isEmpty())
				.isPresent())
			.count();
		return Availability.of(new Rate(durable, judged.size()));
	}

	private static Optional<Instant> firstResolved(TicketCase ticketCase) {
		return ticketCase.resolutions()
			.stream()
			.filter(ResolutionChange::resolved)
			.map(ResolutionChange::at)
			.min(Instant::compareTo);
	}

	private static boolean reopenedAfterResolving(TicketCase ticketCase) {
		Instant resolved = firstResolved(ticketCase).orElseThrow();
		return ticketCase.resolutions()
			.stream()
			.anyMatch((change) -> !change.resolved() && change.at().isAfter(resolved));
	}

	private static Optional<Instant> reopenedWithin(TicketCase ticketCase, Instant resolved, Duration window) {
		return ticketCase.resolutions()
			.stream()
			.filter((change) -> !change.resolved() && change.at().isAfter(resolved)
					&& !change.at().isAfter(resolved.plus(window)))
			.map(ResolutionChange::at)
			.findFirst();
	}

}

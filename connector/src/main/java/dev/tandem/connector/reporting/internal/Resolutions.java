package dev.tandem.connector.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.cases.ResolutionChange;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.reporting.Availability;
import dev.tandem.connector.reporting.Rate;
import dev.tandem.connector.outcomes.Durability;

/**
 * Resolution rates: the reopen rate from the resolutions and reopenings recorded from
 * Jira (a case's {@code resolutions}, missing while no case in the period has any),
 * durable resolution from the automatic answers' outcomes ({@link Durability}).
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
	 * Tickets whose automatic answer was durable ({@link Durability}, the definition the
	 * article outcomes count with) at {@code end}, of the triaged tickets received at
	 * least the durability window before {@code end} (younger ones cannot be judged yet);
	 * missing while no ticket of the period has an automatic answer followed up, or none
	 * is old enough.
	 */
	static Availability<Rate> durable(List<TicketCase> triaged, Instant end, Durability durability) {
		if (triaged.stream().noneMatch((c) -> c.followUp().isPresent())) {
			return Availability.missing("not-recorded");
		}
		List<TicketCase> judged = triaged.stream()
			.filter((c) -> !c.receivedAt().plus(durability.after()).isAfter(end))
			.toList();
		if (judged.isEmpty()) {
			return Availability.missing("too-recent");
		}
		long durable = judged.stream()
			.filter((c) -> c.followUp().filter((answer) -> durability.isDurable(answer, end)).isPresent())
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

}

package dev.tandem.connector.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.tandem.connector.cases.PeopleOnCase;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.reporting.Availability;
import dev.tandem.connector.reporting.ServiceDeskReport.ResponseTime;

/**
 * The figures about people on the tickets: how fast a person first replied in public, and
 * how satisfied customers said they were.
 */
final class PeopleFigures {

	private PeopleFigures() {
	}

	/**
	 * From the ticket's arrival (its creation in Jira, or Tandem's receipt if that is
	 * earlier) to the first public reply by a person: not the customer, not Tandem, not
	 * an internal note. Tickets nobody has replied to yet are not counted.
	 */
	static Availability<ResponseTime> humanFirstResponse(List<TicketCase> cases) {
		List<Duration> durations = cases.stream()
			.flatMap(
					(c) -> c.people().firstResponse().map((reply) -> Duration.between(arrival(c), reply.at())).stream())
			.filter((d) -> !d.isNegative())
			.sorted()
			.toList();
		if (durations.isEmpty()) {
			return Availability.missing("no-human-replies");
		}
		return Availability.of(new ResponseTime(ReportCalculator.percentile(durations, 50),
				ReportCalculator.percentile(durations, 90), durations.size()));
	}

	/**
	 * The mean satisfaction rating (1-5, as Jira Service Management asks it) of the
	 * period's tickets that were rated, to one decimal.
	 */
	static Availability<Double> csat(List<TicketCase> cases) {
		List<Integer> ratings = cases.stream()
			.flatMap((c) -> c.people().satisfaction().map(PeopleOnCase.Satisfaction::rating).stream())
			.toList();
		if (ratings.isEmpty()) {
			return Availability.missing("not-provided-by-jira");
		}
		double mean = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
		return Availability.of(Math.round(mean * 10) / 10.0);
	}

	private static Instant arrival(TicketCase ticketCase) {
		Instant created = ticketCase.ticket().created();
		return created.isBefore(ticketCase.receivedAt()) ? created : ticketCase.receivedAt();
	}

}

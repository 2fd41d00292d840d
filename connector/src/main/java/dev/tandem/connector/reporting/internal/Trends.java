package dev.tandem.connector.reporting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.reporting.ServiceDeskReport.DayPoint;
import dev.tandem.connector.reporting.ServiceDeskReport.HeatCell;
import dev.tandem.connector.triage.SentimentLabel;

/** Time-shaped parts of a report: the daily sentiment trend and the weekly heat map. */
final class Trends {

	private Trends() {
	}

	static List<DayPoint> sentiment(List<TicketCase> triaged, ZoneId zone) {
		Map<LocalDate, List<TicketCase>> byDay = triaged.stream()
			.collect(Collectors.groupingBy((c) -> c.receivedAt().atZone(zone).toLocalDate(), TreeMap::new,
					Collectors.toList()));
		List<DayPoint> points = new ArrayList<>();
		byDay.forEach((day, cases) -> {
			double average = cases.stream()
				.mapToDouble((c) -> c.triage().get().sentiment().score())
				.average()
				.orElse(0);
			long negative = cases.stream().filter(Trends::negative).count();
			points.add(new DayPoint(day, cases.size(), Math.round(average * 100) / 100.0,
					Math.round(negative * 1000.0 / cases.size()) / 10.0));
		});
		return points;
	}

	static boolean negative(TicketCase ticketCase) {
		SentimentLabel label = ticketCase.triage().get().sentiment().label();
		return label == SentimentLabel.NEGATIVE || label == SentimentLabel.VERY_NEGATIVE;
	}

	/** Hour of the week: 0 = Monday 00:00-00:59 in {@code zone}, 167 = Sunday 23:00. */
	static int hourOfWeek(ZonedDateTime at) {
		return (at.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) * 24 + at.getHour();
	}

	static List<HeatCell> heatMap(List<TicketCase> cases, ZoneId zone) {
		Map<String, Long> counts = cases.stream()
			.collect(Collectors.groupingBy(
					(c) -> hourOfWeek(c.receivedAt().atZone(zone)) + "|" + ReportCalculator.category(c), TreeMap::new,
					Collectors.counting()));
		return counts.entrySet().stream().map((e) -> {
			String[] parts = e.getKey().split("\\|", 2);
			return new HeatCell(Integer.parseInt(parts[0]), parts[1], e.getValue());
		}).toList();
	}

}

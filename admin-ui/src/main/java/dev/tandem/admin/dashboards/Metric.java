package dev.tandem.admin.dashboards;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.tandem.connector.reporting.Availability;
import dev.tandem.connector.reporting.Rate;
import dev.tandem.connector.reporting.ServiceDeskReport;
import dev.tandem.connector.reporting.ServiceDeskReport.ResponseTime;

/**
 * One headline number of a report, ready to show: the same list feeds the tiles, the CSV
 * export and the weekly report, so they never disagree.
 *
 * @param id stable id ({@code tickets-in}); translation keys
 * {@code dashboards.metric.<id>.title} and {@code .definition}
 * @param value the number as shown, or empty when the data is not there
 * @param basis what it was computed from ("12 of 40"), or why it is missing
 */
record Metric(String id, Optional<String> value, String basis) {

	String titleKey() {
		return "dashboards.metric." + this.id + ".title";
	}

	String definitionKey() {
		return "dashboards.metric." + this.id + ".definition";
	}

	/**
	 * @param report the report
	 * @param text translation: key and arguments
	 */
	static List<Metric> of(ServiceDeskReport report, BiFunction<String, Object[], String> text) {
		return List.of(
				new Metric("tickets-in", Optional.of(String.valueOf(report.ticketsIn())),
						text.apply("dashboards.basis.triaged", new Object[] { report.triaged() })),
				rate("automated-resolution", report.automatedResolution(), text),
				rate("durable-resolution", report.durableResolution(), text),
				rate("escalation", report.escalation(), text), rate("reopen", report.reopen(), text),
				time("first-response-bot", report.botFirstResponse(), text),
				time("first-response-human", report.humanFirstResponse(), text),
				report.csat()
					.value()
					.map((csat) -> new Metric("csat", Optional.of(String.format("%.1f", csat)), ""))
					.orElseGet(() -> missing("csat", report.csat(), text)));
	}

	private static Metric rate(String id, Rate rate, BiFunction<String, Object[], String> text) {
		return new Metric(id, rate.percent().map(Metric::percent),
				text.apply("dashboards.basis.rate", new Object[] { rate.count(), rate.of() }));
	}

	private static Metric rate(String id, Availability<Rate> rate, BiFunction<String, Object[], String> text) {
		return rate.value().map((value) -> rate(id, value, text)).orElseGet(() -> missing(id, rate, text));
	}

	private static Metric time(String id, Availability<ResponseTime> time, BiFunction<String, Object[], String> text) {
		return time.value()
			.map((value) -> new Metric(id, Optional.of(duration(value.median())),
					text.apply("dashboards.basis.time", new Object[] { duration(value.p90()), value.count() })))
			.orElseGet(() -> missing(id, time, text));
	}

	private static Metric missing(String id, Availability<?> availability, BiFunction<String, Object[], String> text) {
		return new Metric(id, Optional.empty(),
				text.apply("dashboards.missing." + availability.missing().orElse("not-recorded"), new Object[0]));
	}

	static String percent(double value) {
		return String.format(java.util.Locale.ROOT, "%.1f %%", value);
	}

	/** 45 s, 3 min 20 s, 2 h 05 min, 1 d 4 h. */
	static String duration(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " min " + (seconds % 60) + " s";
		}
		if (seconds < 86_400) {
			return (seconds / 3600) + " h " + String.format("%02d", (seconds % 3600) / 60) + " min";
		}
		return (seconds / 86_400) + " d " + ((seconds % 86_400) / 3600) + " h";
	}

}

package dev.tandem.connector.reporting.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tandem.connector.cases.ActionStatus;
import dev.tandem.connector.cases.ActionType;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.outcomes.Durability;
import dev.tandem.connector.reporting.Availability;
import dev.tandem.connector.reporting.Rate;
import dev.tandem.connector.reporting.ReportQuery;
import dev.tandem.connector.reporting.ServiceDeskReport;
import dev.tandem.connector.reporting.ServiceDeskReport.AgentLoad;
import dev.tandem.connector.reporting.ServiceDeskReport.ResponseTime;
import dev.tandem.connector.reporting.ServiceDeskReport.TopicGrowth;
import dev.tandem.connector.reporting.Shares;
import dev.tandem.connector.triage.Decision;
import dev.tandem.connector.triage.TriageResult;

/**
 * Computes a {@link ServiceDeskReport} from the cases of a period (and of the period
 * before, for growth). Pure: no store, no clock, so every definition is unit-tested.
 */
public final class ReportCalculator {

	/** Label of tickets without a category (no article matched). */
	public static final String UNCATEGORISED = "uncategorised";

	private static final int TOP = 10;

	private ReportCalculator() {
	}

	public static ServiceDeskReport calculate(ReportQuery query, List<TicketCase> cases, List<TicketCase> previous,
			boolean truncated) {
		return calculate(query, cases, previous, truncated, Resolutions.DEFAULT_DURABILITY);
	}

	/**
	 * @param durability how long a resolution must stand to count as durable (the
	 * connector's {@code tandem.outcomes.durable-after}, so dashboards and article
	 * outcomes agree)
	 */
	public static ServiceDeskReport calculate(ReportQuery query, List<TicketCase> cases, List<TicketCase> previous,
			boolean truncated, Duration durability) {
		List<TicketCase> triaged = cases.stream().filter((c) -> c.triage().isPresent()).toList();
		Map<String, Long> tiers = new LinkedHashMap<>();
		for (Decision decision : Decision.values()) {
			tiers.put(decision.name(), triaged.stream().filter((c) -> decision(c) == decision).count());
		}
		List<TicketCase> autoAnswered = triaged.stream().filter((c) -> decision(c) == Decision.AUTO_ANSWER).toList();
		long escalated = autoAnswered.stream().filter((c) -> outcome(c) == CaseOutcome.ESCALATED).count();
		// resolved by the automatic answer as the article outcomes count it (Durability)
		long resolvedByBot = triaged.stream()
			.filter((c) -> c.followUp().filter(Durability::resolvedAutomatically).isPresent())
			.count();
		return new ServiceDeskReport(query, cases.size(), triaged.size(), Shares.of(tiers),
				new Rate(resolvedByBot, triaged.size()),
				Resolutions.durable(triaged, query.to(), new Durability(durability)),
				new Rate(escalated, autoAnswered.size()), Resolutions.reopen(triaged), botFirstResponse(cases),
				PeopleFigures.humanFirstResponse(cases), PeopleFigures.csat(cases),
				Shares.of(sorted(countBy(triaged, ReportCalculator::category))),
				Shares.of(sorted(countBy(triaged, (c) -> c.triage().get().language()))),
				Trends.sentiment(triaged, query.zone()), Trends.heatMap(cases, query.zone()),
				hotTopics(triaged, previous), ArticleUses.top(autoAnswered, TOP),
				ArticleUses.failing(autoAnswered, TOP), agentLoad(cases), truncated);
	}

	static Decision decision(TicketCase ticketCase) {
		return ticketCase.triage().map(TriageResult::decision).orElseThrow();
	}

	static CaseOutcome outcome(TicketCase ticketCase) {
		return ticketCase.outcome().orElse(null);
	}

	public static String category(TicketCase ticketCase) {
		return ticketCase.triage().flatMap(TriageResult::category).orElse(UNCATEGORISED);
	}

	/**
	 * Bot: from receipt to Tandem's first public reply done in Jira (shadow cases never
	 * reply, so they are not measured).
	 */
	private static Availability<ResponseTime> botFirstResponse(List<TicketCase> cases) {
		List<Duration> durations = cases.stream()
			.filter((c) -> !c.shadow())
			.flatMap((c) -> c.outbox()
				.stream()
				.filter((a) -> a.type() == ActionType.PUBLIC_REPLY && a.status() == ActionStatus.DONE)
				.flatMap((a) -> a.doneAt().stream())
				.min(Comparator.naturalOrder())
				.map((done) -> Duration.between(c.receivedAt(), done))
				.stream())
			.filter((d) -> !d.isNegative())
			.sorted()
			.toList();
		if (durations.isEmpty()) {
			return Availability.missing("no-bot-replies");
		}
		return Availability
			.of(new ResponseTime(percentile(durations, 50), percentile(durations, 90), durations.size()));
	}

	/** Nearest-rank percentile of sorted values. */
	static Duration percentile(List<Duration> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private static List<TopicGrowth> hotTopics(List<TicketCase> cases, List<TicketCase> previous) {
		Map<String, Long> now = countBy(cases, ReportCalculator::category);
		Map<String, Long> before = countBy(previous.stream().filter((c) -> c.triage().isPresent()).toList(),
				ReportCalculator::category);
		List<TopicGrowth> topics = new ArrayList<>();
		now.forEach((category, count) -> {
			long was = before.getOrDefault(category, 0L);
			Optional<Double> growth = (was == 0) ? Optional.empty()
					: Optional.of(Math.round((count - was) * 1000.0 / was) / 10.0);
			topics.add(new TopicGrowth(category, count, was, growth));
		});
		// new topics first (no baseline), then by growth, then by volume
		topics.sort(Comparator.comparing((TopicGrowth t) -> t.growthPercent().isPresent())
			.thenComparing((TopicGrowth t) -> -t.growthPercent().orElse(0.0))
			.thenComparing((TopicGrowth t) -> -t.count()));
		return topics.stream().limit(TOP).toList();
	}

	private static List<AgentLoad> agentLoad(List<TicketCase> cases) {
		Map<String, List<TicketCase>> byAgent = cases.stream()
			.filter((c) -> c.assignment().flatMap((a) -> a.agentId()).isPresent())
			.collect(Collectors.groupingBy(
					(c) -> c.assignment().get().agentName().orElse(c.assignment().get().agentId().get()), TreeMap::new,
					Collectors.toList()));
		return byAgent.entrySet()
			.stream()
			.map((e) -> new AgentLoad(e.getKey(), e.getValue().size(),
					e.getValue().stream().filter((c) -> !c.state().isFinal()).count()))
			.sorted(Comparator.comparing((AgentLoad a) -> -a.assigned()))
			.toList();
	}

	static Map<String, Long> countBy(List<TicketCase> cases, Function<TicketCase, String> key) {
		return cases.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
	}

	/** Largest first (stable for equal counts: by key). */
	private static Map<String, Long> sorted(Map<String, Long> counts) {
		Map<String, Long> result = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((e) -> result.put(e.getKey(), e.getValue()));
		return result;
	}

}

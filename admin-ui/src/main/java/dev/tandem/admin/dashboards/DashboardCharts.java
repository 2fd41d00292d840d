package dev.tandem.admin.dashboards;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import dev.tandem.connector.reporting.Share;
import dev.tandem.connector.reporting.ServiceDeskReport;

/** ECharts options of the dashboards' charts, as JSON (labels already translated). */
final class DashboardCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BRAND = "#2f6f8f";

	private static final String WARN = "#b9474b";

	private DashboardCharts() {
	}

	/** The three tiers' shares as bars, each against its target range (light band). */
	static String tiers(ServiceDeskReport report, Function<String, String> text) {
		List<String> names = new ArrayList<>();
		List<Double> actual = new ArrayList<>();
		List<Integer> low = new ArrayList<>();
		List<Integer> range = new ArrayList<>();
		for (ServiceDeskReport.TierTarget target : ServiceDeskReport.TIER_TARGETS) {
			names.add(text.apply("dashboards.tier." + target.decision()));
			actual.add(report.tiers()
				.stream()
				.filter((s) -> s.key().equals(target.decision()))
				.findFirst()
				.map(Share::percent)
				.orElse(0.0));
			low.add(target.minPercent());
			range.add(target.maxPercent() - target.minPercent());
		}
		Map<String, Object> option = base();
		option.put("legend", Map.of("top", 0, "data",
				List.of(text.apply("dashboards.chart.actual"), text.apply("dashboards.chart.target"))));
		option.put("xAxis", Map.of("type", "category", "data", names));
		option.put("yAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value} %")));
		option.put("series", List.of(
				series(text.apply("dashboards.chart.actual"), "bar", actual, BRAND,
						Map.of("label", Map.of("show", true, "position", "top", "formatter", "{c} %"), "barGap",
								"-100%", "z", 3)),
				series("low", "bar", low, "transparent",
						Map.of("stack", "target", "silent", true, "tooltip", Map.of("show", false))),
				series(text.apply("dashboards.chart.target"), "bar", range, "rgba(47,111,143,0.18)",
						Map.of("stack", "target", "barWidth", "60%"))));
		option.put("tooltip", Map.of("trigger", "item"));
		return json(option);
	}

	static String sentiment(ServiceDeskReport report, Function<String, String> text) {
		Map<String, Object> option = base();
		List<String> days = report.sentimentTrend().stream().map((p) -> p.day().toString()).toList();
		option.put("legend", Map.of("top", 0));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("xAxis", Map.of("type", "category", "data", days));
		option.put("yAxis",
				List.of(Map.of("type", "value", "min", -1, "max", 1, "name", text.apply("dashboards.chart.score")),
						Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value} %"))));
		option.put("series",
				List.of(series(text.apply("dashboards.chart.average-sentiment"), "line",
						report.sentimentTrend().stream().map((p) -> p.averageScore()).toList(), BRAND, Map.of()),
						series(text.apply("dashboards.chart.negative-share"), "line",
								report.sentimentTrend().stream().map((p) -> p.negativePercent()).toList(), WARN,
								Map.of("yAxisIndex", 1, "lineStyle", Map.of("type", "dashed")))));
		return json(option);
	}

	/** Tickets per hour of the week (x) and category (y). */
	static String heatMap(ServiceDeskReport report, Locale locale) {
		List<String> categories = report.heatMap().stream().map((c) -> c.category()).distinct().sorted().toList();
		List<String> hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			for (int hour = 0; hour < 24; hour++) {
				hours.add(day.getDisplayName(TextStyle.SHORT, locale) + " " + String.format("%02d", hour));
			}
		}
		List<List<Object>> data = report.heatMap()
			.stream()
			.map((c) -> List.<Object>of(c.hourOfWeek(), categories.indexOf(c.category()), c.count()))
			.toList();
		long max = report.heatMap().stream().mapToLong((c) -> c.count()).max().orElse(1);
		Map<String, Object> option = base();
		option.put("grid", Map.of("left", 110, "right", 24, "top", 16, "bottom", 72));
		option.put("tooltip", Map.of("position", "top"));
		option.put("xAxis", Map.of("type", "category", "data", hours, "splitArea", Map.of("show", true), "axisLabel",
				Map.of("interval", 23)));
		option.put("yAxis", Map.of("type", "category", "data", categories, "splitArea", Map.of("show", true)));
		option.put("visualMap", Map.of("min", 0, "max", max, "calculable", true, "orient", "horizontal", "left",
				"center", "bottom", 0, "inRange", Map.of("color", List.of("#f3f7f9", BRAND))));
		option.put("series", List
			.of(Map.of("type", "heatmap", "data", data, "emphasis", Map.of("itemStyle", Map.of("shadowBlur", 6)))));
		return json(option);
	}

	static String hotTopics(ServiceDeskReport report, Function<String, String> text) {
		Map<String, Object> option = base();
		List<ServiceDeskReport.TopicGrowth> topics = report.hotTopics();
		option.put("legend", Map.of("top", 0));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("xAxis", Map.of("type", "category", "data", topics.stream().map((t) -> t.category()).toList()));
		option.put("yAxis", Map.of("type", "value", "minInterval", 1));
		option.put("series",
				List.of(series(text.apply("dashboards.chart.previous-period"), "bar",
						topics.stream().map((t) -> t.previousCount()).toList(), "#9fb8c6", Map.of()),
						series(text.apply("dashboards.chart.this-period"), "bar",
								topics.stream().map((t) -> t.count()).toList(), BRAND, Map.of())));
		return json(option);
	}

	static String agentLoad(ServiceDeskReport report, Function<String, String> text) {
		Map<String, Object> option = base();
		option.put("legend", Map.of("top", 0));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("grid", Map.of("left", 130, "right", 24, "top", 40, "bottom", 32));
		option.put("yAxis", Map.of("type", "category", "inverse", true, "data",
				report.agentLoad().stream().map((a) -> a.agent()).toList()));
		option.put("xAxis", Map.of("type", "value", "minInterval", 1));
		option.put("series",
				List.of(series(text.apply("dashboards.chart.assigned"), "bar",
						report.agentLoad().stream().map((a) -> a.assigned()).toList(), BRAND, Map.of()),
						series(text.apply("dashboards.chart.open"), "bar",
								report.agentLoad().stream().map((a) -> a.open()).toList(), "#d9a441", Map.of())));
		return json(option);
	}

	private static Map<String, Object> base() {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("animation", false);
		option.put("grid", Map.of("left", 56, "right", 56, "top", 40, "bottom", 32));
		return option;
	}

	private static Map<String, Object> series(String name, String type, List<?> data, String color,
			Map<String, Object> extra) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("type", type);
		series.put("data", data);
		series.put("itemStyle", Map.of("color", color));
		series.putAll(extra);
		return series;
	}

	private static String json(Map<String, Object> option) {
		return JSON.writeValueAsString(option);
	}

}

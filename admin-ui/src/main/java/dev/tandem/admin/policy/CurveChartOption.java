package dev.tandem.admin.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CurvePoint;

/**
 * The ECharts option of the precision/coverage curve: x = coverage (share of answerable
 * questions answered automatically), y = precision; a dashed line at the target precision
 * and a marker at the point of the threshold in force.
 */
final class CurveChartOption {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CurveChartOption() {
	}

	/**
	 * @param calibration the calibration
	 * @param labels translated texts: coverage, precision, target, threshold, curve
	 * @return the option as JSON
	 */
	static String of(Calibration calibration, Labels labels) {
		return of(calibration, Optional.empty(), labels);
	}

	/**
	 * @param calibration the calibration
	 * @param proposed the operating point of the policy being edited, drawn as a second
	 * marker when it differs from the calibrated one
	 * @param labels translated texts
	 * @return the option as JSON
	 */
	static String of(Calibration calibration, Optional<CurvePoint> proposed, Labels labels) {
		List<CurvePoint> points = new ArrayList<>(calibration.curve());
		points.sort(Comparator.comparingDouble(CurvePoint::coverage));
		List<List<Double>> data = points.stream()
			.map((p) -> List.of(round(p.coverage()), round(p.precision()), round(p.threshold())))
			.toList();
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("animation", false);
		option.put("grid", Map.of("left", 56, "right", 32, "top", 40, "bottom", 48));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("top", 0));
		option.put("xAxis", axis(labels.coverage()));
		Map<String, Object> yAxis = new LinkedHashMap<>(axis(labels.precision()));
		// start where the curve does: from 0 the interesting part is a flat line at the
		// top
		double lowest = Math.min(calibration.targetPrecision(),
				points.stream().mapToDouble(CurvePoint::precision).min().orElse(0));
		yAxis.put("min", Math.max(0, Math.floor((lowest - 0.05) * 10) / 10));
		option.put("yAxis", yAxis);
		Map<String, Object> curve = new LinkedHashMap<>();
		curve.put("name", labels.curve());
		curve.put("type", "line");
		curve.put("showSymbol", false);
		curve.put("data", data);
		curve.put("markLine",
				Map.of("silent", true, "symbol", List.of("none", "none"), "lineStyle",
						Map.of("type", "dashed", "color", "#b9474b"), "label",
						Map.of("formatter", labels.target(), "position", "insideStartTop"), "data",
						List.of(Map.of("yAxis", round(calibration.targetPrecision())))));
		List<Map<String, Object>> markers = new ArrayList<>();
		thresholdPoint(calibration, points)
			.ifPresent((point) -> markers.add(marker(point, labels.threshold(), "#2f6f8f", "top")));
		proposed.ifPresent((point) -> markers.add(marker(point, labels.proposed(), "#c8702a", "bottom")));
		if (!markers.isEmpty()) {
			curve.put("markPoint", Map.of("symbol", "circle", "symbolSize", 12, "data", markers));
		}
		option.put("series", List.of(curve));
		return JSON.writeValueAsString(option);
	}

	/** The curve point whose threshold is closest to the one in force. */
	static Optional<CurvePoint> thresholdPoint(Calibration calibration, List<CurvePoint> points) {
		return calibration.expected()
			.or(() -> points.stream()
				.min(Comparator.comparingDouble((CurvePoint p) -> Math.abs(p.threshold() - calibration.threshold()))));
	}

	private static Map<String, Object> marker(CurvePoint point, String label, String color, String position) {
		return Map.of("name", label, "coord", List.of(round(point.coverage()), round(point.precision())), "itemStyle",
				Map.of("color", color), "label", Map.of("show", true, "position", position, "formatter", label));
	}

	private static Map<String, Object> axis(String name) {
		return Map.of("type", "value", "min", 0, "max", 1, "name", name, "nameLocation", "middle", "nameGap", 30);
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

	/** Translated texts of the chart. */
	record Labels(String coverage, String precision, String target, String threshold, String curve, String proposed) {

		Labels(String coverage, String precision, String target, String threshold, String curve) {
			this(coverage, precision, target, threshold, curve, "");
		}

	}

}

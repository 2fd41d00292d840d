package dev.tandem.kb.evaluation;

import dev.tandem.kb.calibration.CurvePoint;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of an {@link EvaluationReport} ({@code eval --json}). */
final class EvaluationJson {

	private EvaluationJson() {
	}

	static String of(EvaluationReport report) {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode root = json.createObjectNode();
		root.put("questions", report.outcomes().size());
		root.put("inScope", report.inScope());
		root.put("outOfScope", report.outOfScope());
		root.put("top1Accuracy", report.top1Accuracy());
		root.put("threshold", report.calibration().threshold());
		root.put("targetPrecision", report.calibration().targetPrecision());
		root.put("calibrated", report.calibration().calibrated());
		report.calibration().warning().ifPresent((w) -> root.put("calibrationWarning", w));
		root.put("answered", report.answered());
		root.put("precision", report.precision());
		root.put("coverage", report.coverage());
		root.put("outOfScopeFalseAnswerRate", report.outOfScopeFalseAnswerRate());
		root.put("latencyP50Millis", report.latencyPercentile(50));
		root.put("latencyP99Millis", report.latencyPercentile(99));
		report.calibration().expected().ifPresent((p) -> root.set("expected", point(json, p)));
		ArrayNode curve = root.putArray("curve");
		report.observedCurve().forEach((p) -> curve.add(point(json, p)));
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static ObjectNode point(JsonMapper json, CurvePoint p) {
		ObjectNode node = json.createObjectNode();
		node.put("threshold", p.threshold());
		node.put("precision", p.precision());
		node.put("coverage", p.coverage());
		node.put("outOfScopeAnswerRate", p.outOfScopeAnswerRate());
		return node;
	}

}

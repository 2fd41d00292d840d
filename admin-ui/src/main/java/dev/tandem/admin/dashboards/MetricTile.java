package dev.tandem.admin.dashboards;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;

/**
 * A headline number: title, value (or "no data yet"), what it was computed from, and its
 * definition on hover (also the element's title, so it prints and reads out).
 */
class MetricTile extends Div {

	private final Metric metric;

	MetricTile(Metric metric) {
		this.metric = metric;
		addClassName("tandem-metric");
		setId("metric-" + metric.id());
		String definition = getTranslation(metric.definitionKey());
		Span title = new Span(getTranslation(metric.titleKey()));
		title.addClassName("tandem-metric-title");
		Span value = new Span(metric.value().orElse(getTranslation("dashboards.no-data")));
		value.addClassName(metric.value().isPresent() ? "tandem-metric-value" : "tandem-metric-missing");
		Span basis = new Span(metric.basis());
		basis.addClassName("tandem-metric-basis");
		Div definitionText = new Div(definition);
		definitionText.addClassName("tandem-metric-definition");
		add(title, value, basis, definitionText);
		Tooltip.forComponent(this).withText(definition);
	}

	Metric metric() {
		return this.metric;
	}

}

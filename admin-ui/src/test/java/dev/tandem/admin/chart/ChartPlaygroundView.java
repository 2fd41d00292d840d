package dev.tandem.admin.chart;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A test-only page (it lives in test sources, so the product has no such route) showing
 * one {@link EChart}, for the browser test of the component.
 */
@Route(value = "test/chart", autoLayout = false)
@AnonymousAllowed
public class ChartPlaygroundView extends Div {

	static final String OPTION = """
			{"grid": {"left": 40, "right": 10, "top": 10, "bottom": 30},
			 "xAxis": {"type": "category", "data": ["Answered"]},
			 "yAxis": {"type": "value", "max": 42},
			 "series": [{"name": "Tickets", "type": "bar", "barWidth": "90%", "data": [42]}]}""";

	public ChartPlaygroundView() {
		setId("chart-playground");
		Div container = new Div();
		container.setId("chart-container");
		container.setWidth("600px");
		EChart chart = new EChart();
		chart.setId("chart");
		chart.setOption(OPTION);
		chart.setAccessibleName("Tickets answered");
		container.add(chart);

		Span lastClick = new Span("no click yet");
		lastClick.setId("last-click");
		chart.addChartClickListener(click -> lastClick
			.setText(click.getSeriesName() + " / " + click.getName() + " = " + click.getValueJson()));
		add(container, lastClick);
	}

}

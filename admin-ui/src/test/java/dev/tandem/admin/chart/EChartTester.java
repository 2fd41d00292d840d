package dev.tandem.admin.chart;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.Tests;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Browserless tester for {@link EChart}: simulates what the browser sends when a user
 * clicks a data item. Use {@code test(EChartTester.class, chart).click(...)}.
 */
@Tests(EChart.class)
public class EChartTester extends ComponentTester<EChart> {

	public EChartTester(EChart chart) {
		super(chart);
	}

	/** Clicks the item {@code dataIndex} of series {@code seriesIndex}. */
	public void clickItem(int seriesIndex, String seriesName, int dataIndex, String name, String valueJson) {
		ensureComponentIsUsable();
		ObjectNode data = JsonMapper.builder().build().createObjectNode();
		data.put("event.detail.seriesIndex", seriesIndex);
		data.put("event.detail.seriesName", seriesName);
		data.put("event.detail.dataIndex", dataIndex);
		data.put("event.detail.name", name);
		data.put("event.detail.value", valueJson);
		fireDomEvent("chart-click", data);
	}

}

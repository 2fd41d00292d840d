package dev.tandem.admin.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a data item of an {@link EChart} (a bar, a point, a pie slice).
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {

	private final int seriesIndex;

	private final String seriesName;

	private final int dataIndex;

	private final String name;

	private final String valueJson;

	public ChartClickEvent(EChart source, boolean fromClient, @EventData("event.detail.seriesIndex") int seriesIndex,
			@EventData("event.detail.seriesName") String seriesName, @EventData("event.detail.dataIndex") int dataIndex,
			@EventData("event.detail.name") String name, @EventData("event.detail.value") String valueJson) {
		super(source, fromClient);
		this.seriesIndex = seriesIndex;
		this.seriesName = seriesName;
		this.dataIndex = dataIndex;
		this.name = name;
		this.valueJson = valueJson;
	}

	/** Index of the series in the option's {@code series} array. */
	public int getSeriesIndex() {
		return seriesIndex;
	}

	public String getSeriesName() {
		return seriesName;
	}

	/** Index of the item in its series' data. */
	public int getDataIndex() {
		return dataIndex;
	}

	/** The item's name (the category for bar and line charts, the slice for pies). */
	public String getName() {
		return name;
	}

	/** The item's value as JSON: a number, an array for [x, y] data, or an object. */
	public String getValueJson() {
		return valueJson;
	}

}

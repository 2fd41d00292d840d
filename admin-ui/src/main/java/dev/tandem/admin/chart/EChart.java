package dev.tandem.admin.chart;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart (free, Apache 2.0) configured with an ECharts option object
 * from Java.
 * <p>
 * The chart resizes with its container and reports clicks on data items as
 * {@link ChartClickEvent}s. The default size is full width and 320 px high; change it
 * with {@link HasSize}. Example: <pre>{@code
 * EChart chart = new EChart();
 * chart.setOption("""
 *     {"xAxis": {"type": "category", "data": ["Mon", "Tue"]}, "yAxis": {"type": "value"},
 *      "series": [{"type": "bar", "data": [12, 7]}]}""");
 * chart.addChartClickListener(click -> showDetails(click.getName()));
 * }</pre>
 *
 * @see <a href="https://echarts.apache.org/en/option.html">ECharts option reference</a>
 */
@Tag("tandem-echart")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
@JsModule("./components/tandem-echart.ts")
public class EChart extends Component implements HasSize {

	static final String ECHARTS_VERSION = "6.1.0";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String option = "";

	public EChart() {
		setWidthFull();
		setHeight("320px");
	}

	/**
	 * Replaces the chart's option (not merged with the previous one).
	 * @param optionJson an ECharts option as a JSON object
	 * @throws IllegalArgumentException when the text is not a JSON object; the message
	 * says where it breaks
	 */
	public void setOption(String optionJson) {
		setOption(parseObject(optionJson));
	}

	/**
	 * Replaces the chart's option (not merged with the previous one).
	 * @param option an ECharts option as a JSON object node
	 */
	public void setOption(JsonNode option) {
		if (option == null || !option.isObject()) {
			throw new IllegalArgumentException("An ECharts option must be a JSON object, got: " + option);
		}
		this.option = JSON.writeValueAsString(option);
		getElement().setProperty("option", this.option);
	}

	/** The option last set, as JSON text; empty before the first {@link #setOption}. */
	public Optional<String> getOption() {
		return option.isEmpty() ? Optional.empty() : Optional.of(option);
	}

	/** Sets the text screen readers announce for the chart (it is an image to them). */
	public void setAccessibleName(String name) {
		getElement().setAttribute("aria-label", name);
	}

	public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
		return addListener(ChartClickEvent.class, listener);
	}

	private static JsonNode parseObject(String optionJson) {
		if (optionJson == null || optionJson.isBlank()) {
			throw new IllegalArgumentException("An ECharts option must be a JSON object, got nothing");
		}
		try {
			JsonNode node = JSON.readTree(optionJson);
			if (!node.isObject()) {
				throw new IllegalArgumentException("An ECharts option must be a JSON object, got a JSON "
						+ node.getNodeType().name().toLowerCase());
			}
			return node;
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
			String reason = ex.getOriginalMessage().replaceAll("\\s*\\(start marker at .*", "");
			throw new IllegalArgumentException("The ECharts option is not valid JSON" + where + ": " + reason, ex);
		}
	}

}

package dev.tandem.admin.chart;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EChartTest extends BrowserlessTest {

	private static final String BAR_OPTION = """
			{"xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]}, "yAxis": {"type": "value"},
			 "series": [{"name": "Tickets", "type": "bar", "data": [12, 7, 42]}]}""";

	@Test
	void optionReachesTheBrowserAsCompactJson() {
		EChart chart = new EChart();
		chart.setOption(BAR_OPTION);
		String sent = chart.getElement().getProperty("option");
		assertThat(JsonMapper.builder().build().readTree(sent))
			.isEqualTo(JsonMapper.builder().build().readTree(BAR_OPTION));
		assertThat(chart.getOption()).contains(sent);
	}

	@Test
	void hasNoOptionUntilOneIsSet() {
		assertThat(new EChart().getOption()).isEmpty();
	}

	@Test
	void fillsItsContainerWidthByDefault() {
		EChart chart = new EChart();
		assertThat(chart.getWidth()).isEqualTo("100%");
		assertThat(chart.getHeight()).isEqualTo("320px");
	}

	@Test
	void rejectsTextThatIsNotJsonAndSaysWhere() {
		EChart chart = new EChart();
		assertThatIllegalArgumentException().isThrownBy(() -> chart.setOption("{\"series\": [1, 2"))
			.withMessageContaining("not valid JSON")
			.withMessageContaining("line");
		assertThat(chart.getOption()).isEmpty();
	}

	@Test
	void rejectsJsonThatIsNotAnObject() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EChart().setOption("[1, 2]"))
			.withMessageContaining("must be a JSON object, got a JSON array");
		assertThatIllegalArgumentException().isThrownBy(() -> new EChart().setOption(" "))
			.withMessageContaining("got nothing");
	}

	@Test
	void clickOnADataItemReachesJava() {
		EChart chart = new EChart();
		chart.setOption(BAR_OPTION);
		UI.getCurrent().add(chart);
		List<ChartClickEvent> clicks = new ArrayList<>();
		chart.addChartClickListener(clicks::add);

		test(EChartTester.class, chart).clickItem(0, "Tickets", 2, "Wed", "42");

		assertThat(clicks).singleElement().satisfies(click -> {
			assertThat(click.isFromClient()).isTrue();
			assertThat(click.getSeriesIndex()).isZero();
			assertThat(click.getSeriesName()).isEqualTo("Tickets");
			assertThat(click.getDataIndex()).isEqualTo(2);
			assertThat(click.getName()).isEqualTo("Wed");
			assertThat(click.getValueJson()).isEqualTo("42");
		});
	}

}

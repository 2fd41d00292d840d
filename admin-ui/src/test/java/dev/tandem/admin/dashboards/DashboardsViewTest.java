package dev.tandem.admin.dashboards;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.SampleReports;
import dev.tandem.admin.chart.EChart;
import dev.tandem.admin.layout.EmptyState;
import dev.tandem.connector.reporting.ReportQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DashboardsViewTest extends BrowserlessUiTest {

	@Test
	@WithUserDetails("manager")
	void headlineNumbersShowValueBasisAndDefinition() {
		when(this.reporting.report(any())).thenAnswer((call) -> SampleReports.sample(call.getArgument(0)));
		navigate("dashboards", DashboardsView.class);

		MetricTile automated = find(MetricTile.class).id("metric-automated-resolution");
		assertThat(automated.getElement().getTextRecursively()).contains("Automated resolution")
			.contains("57.5 %")
			.contains("23 of 40")
			.contains("automatic answer resolved them");
		MetricTile bot = find(MetricTile.class).id("metric-first-response-bot");
		assertThat(bot.getElement().getTextRecursively()).contains("42 s").contains("9 in 10 within 1 min 35 s");
	}

	@Test
	@WithUserDetails("manager")
	void metricsWithoutDataSayNoDataYetWithTheReasonInsteadOfZero() {
		when(this.reporting.report(any())).thenAnswer((call) -> SampleReports.sample(call.getArgument(0)));
		navigate("dashboards", DashboardsView.class);

		assertThat(find(MetricTile.class).id("metric-durable-resolution").getElement().getTextRecursively())
			.contains("No data yet")
			.contains("Not recorded yet")
			.doesNotContain("0.0 %");
		assertThat(find(MetricTile.class).id("metric-csat").getElement().getTextRecursively())
			.contains("Jira does not provide it");
	}

	@Test
	@WithUserDetails("manager")
	void chartsShowTiersAgainstTargetsHeatMapAndAgents() {
		when(this.reporting.report(any())).thenAnswer((call) -> SampleReports.sample(call.getArgument(0)));
		navigate("dashboards", DashboardsView.class);

		String tiers = find(EChart.class).id("chart-tiers").getOption().orElseThrow();
		assertThat(tiers).contains("Tandem answers").contains("65.0").contains("Target range");
		assertThat(find(EChart.class).id("chart-heat-map").getOption().orElseThrow()).contains("\"heatmap\"")
			.contains("billing");
		assertThat(find(EChart.class).id("chart-agent-load").getOption().orElseThrow()).contains("Li Wei");
	}

	@Test
	@WithUserDetails("km")
	void filtersAskForTheChosenPeriodCategoryAndLanguage() {
		when(this.reporting.report(any())).thenAnswer((call) -> SampleReports.sample(call.getArgument(0)));
		DashboardsView view = navigate("dashboards", DashboardsView.class);
		DashboardFilters filters = find(DashboardFilters.class).single();
		filters.period.setValue(7);
		filters.language.setValue("zh");
		filters.category.setValue("billing");

		ArgumentCaptor<ReportQuery> asked = ArgumentCaptor.forClass(ReportQuery.class);
		verify(this.reporting, atLeastOnce()).report(asked.capture());
		ReportQuery last = asked.getValue();
		assertThat(last.length().toDays()).isEqualTo(7);
		assertThat(last.language()).contains("zh");
		assertThat(last.category()).contains("billing");
		assertThat(view.shownReport()).isPresent();
	}

	@Test
	@WithUserDetails("admin")
	void noTicketsShowsTheEmptyState() {
		navigate("dashboards", DashboardsView.class);
		assertThat(find(EmptyState.class).single().getHeading()).isEqualTo("No results to chart yet");
	}

	@Test
	@WithUserDetails("manager")
	void csvHasBomDefinitionsSharesThatAddUpAndNoFormulas() {
		when(this.reporting.report(any())).thenAnswer((call) -> SampleReports.sample(call.getArgument(0)));
		DashboardsView view = navigate("dashboards", DashboardsView.class);
		byte[] bytes = ReportCsv.of(view.shownReport().orElseThrow(), view::getTranslation).bytes();
		String text = new String(bytes, StandardCharsets.UTF_8);

		assertThat(bytes[0]).isEqualTo((byte) 0xEF);
		assertThat(text).contains("Automated resolution,57.5 %,23 of 40,")
			.contains("AUTO_ANSWER,26,65.0")
			.contains("'=cmd|' /C calc'!A0")
			.doesNotContain("\n=cmd");
	}

	@Test
	@WithUserDetails("chen")
	void chineseUserSeesChineseDefinitions() {
		when(this.reporting.report(any())).thenAnswer((call) -> SampleReports.sample(call.getArgument(0)));
		navigate("dashboards", DashboardsView.class);
		assertThat(find(MetricTile.class).id("metric-escalation").getElement().getTextRecursively()).contains("升级率")
			.contains("26 个中的 3 个");
	}

}

package dev.tandem.admin.policy;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.layout.EmptyState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class PolicyViewTest extends BrowserlessUiTest {

	@Test
	@WithUserDetails("admin")
	void showsThresholdTargetAndTheCurveWithTargetLineAndThresholdMarker() {
		PolicyView view = navigate("policy", PolicyView.class);
		assertThat(find(Div.class).id("policy-threshold").getElement().getTextRecursively()).contains("0.80");
		assertThat(find(Div.class).id("policy-target").getElement().getTextRecursively()).contains("95%");
		String option = view.chart.getOption().orElseThrow();
		assertThat(option).contains("\"markLine\"")
			.contains("\"yAxis\":0.95")
			.contains("\"markPoint\"")
			.contains("\"coord\":[0.62,0.96]")
			.contains("[0.2,1.0,0.95]");
	}

	@Test
	@WithUserDetails("admin")
	void saysSoWhenTheCalibrationCannotBeRead() {
		when(this.calibrationService.current()).thenThrow(new IllegalStateException("no Elasticsearch"));
		navigate("policy", PolicyView.class);
		assertThat(find(EmptyState.class).single().getHeading()).isEqualTo("The calibration cannot be read right now");
	}

}

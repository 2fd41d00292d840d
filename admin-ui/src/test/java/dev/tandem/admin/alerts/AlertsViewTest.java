package dev.tandem.admin.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.connector.alerts.Alert;
import dev.tandem.connector.alerts.AlertStore;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.audit.AuditQuery;
import dev.tandem.connector.store.DocumentIndexes;

import static org.assertj.core.api.Assertions.assertThat;

/** Alerts against the connector's real alert store (test Elasticsearch). */
class AlertsViewTest extends BrowserlessUiTest {

	@Autowired
	private AlertStore store;

	@Autowired
	private AuditLog audit;

	@Autowired
	private DocumentIndexes indexes;

	private Alert alert;

	@BeforeEach
	void raise() {
		Instant end = Instant.now();
		this.alert = new Alert("test-" + UUID.randomUUID(), Alert.Kind.TOPIC_SPIKE,
				Optional.of("shipping-" + UUID.randomUUID().toString().substring(0, 4)), end.minus(Duration.ofHours(1)),
				end, 17, 2.5, 8.1, end, Optional.empty(), Optional.empty());
		this.store.raise(this.alert);
	}

	@Test
	@WithUserDetails("manager")
	void managerSeesTheSpikeInTheBannerAndInTheList() {
		navigate("alerts", AlertsView.class);
		assertThat(find(Anchor.class).id("alert-banner").getHref()).isEqualTo("alerts");
		assertThat(find(AlertsView.class).single().grid.getGenericDataView().getItems()).contains(this.alert);
	}

	@Test
	@WithUserDetails("admin")
	void acknowledgingIsRecordedWithWhoAndAudited() {
		navigate("alerts", AlertsView.class);
		test(find(Button.class).id("acknowledge-" + this.alert.id())).click();

		assertThat(this.store.latest(200)).filteredOn((a) -> a.id().equals(this.alert.id()))
			.singleElement()
			.satisfies((a) -> assertThat(a.acknowledgedBy()).contains("admin"));
		this.indexes
			.index("audit", "/dev/tandem/connector/audit/audit-mapping.json",
					dev.tandem.connector.audit.AuditEntry.class)
			.refresh();
		assertThat(this.audit.search(new AuditQuery(Optional.empty(), Optional.empty(), Optional.of("admin"),
				Optional.of("alert.acknowledged"), Optional.empty(), Optional.empty(), 0, 50)))
			.anySatisfy((entry) -> assertThat(entry.details()).containsEntry("alert", this.alert.id()));
	}

	@Test
	@WithUserDetails("km")
	void knowledgeManagersAreNotShownTheBanner() {
		navigate("dashboards", TandemView.class);
		assertThat(find(Anchor.class).withId("alert-banner").exists()).isFalse();
	}

}

package dev.tandem.admin.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.store.DocumentIndexes;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log view against the connector's real audit trail (test Elasticsearch). */
class AuditLogViewTest extends BrowserlessUiTest {

	@Autowired
	private AuditLog audit;

	@Autowired
	private DocumentIndexes indexes;

	private String issue;

	@BeforeEach
	void recordEntries() {
		this.issue = "AUD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Instant now = Instant.now();
		this.audit.record(new AuditEntry(now.minusSeconds(30), "tandem", "triage.decided", Optional.of(this.issue),
				Optional.of("AUTO_ANSWER"), List.of("Article refund-time answers it"), Map.of(), false));
		this.audit.record(new AuditEntry(now.minusSeconds(10), "ada", "policy.changed", Optional.of(this.issue),
				Optional.empty(), List.of("threshold raised for " + this.issue),
				Map.of("before.autoAnswerMinConfidence", "0.0", "after.autoAnswerMinConfidence", "0.5"), false));
		this.indexes.index("audit", "/dev/tandem/connector/audit/audit-mapping.json", AuditEntry.class).refresh();
	}

	@Test
	@WithUserDetails("manager")
	void searchByIssueKeyShowsItsEntriesNewestFirst() {
		navigate("audit-log", AuditLogView.class);
		AuditFilters filters = find(AuditFilters.class).single();
		filters.issueKey.setValue(this.issue);
		@SuppressWarnings("unchecked")
		Grid<AuditEntry> grid = find(Grid.class).id("audit-grid");

		assertThat(test(grid).size()).isEqualTo(2);
		assertThat(test(grid).getRow(0).action()).isEqualTo("policy.changed");
		assertThat(test(grid).getRow(1).action()).isEqualTo("triage.decided");
	}

	@Test
	@WithUserDetails("admin")
	void selectingAChangeShowsWhoAndBeforeAndAfter() {
		navigate("audit-log", AuditLogView.class);
		AuditFilters filters = find(AuditFilters.class).single();
		filters.issueKey.setValue(this.issue);
		filters.action.setValue("policy.");
		@SuppressWarnings("unchecked")
		Grid<AuditEntry> grid = find(Grid.class).id("audit-grid");
		assertThat(test(grid).size()).isEqualTo(1);
		test(grid).select(0);

		String detail = find(Div.class).id("audit-detail").getElement().getTextRecursively();
		assertThat(detail).contains("ada")
			.contains("before.autoAnswerMinConfidence")
			.contains("0.0")
			.contains("after.autoAnswerMinConfidence")
			.contains("0.5");
	}

	@Test
	@WithUserDetails("manager")
	void freeTextFindsWordsInTheReasons() {
		navigate("audit-log", AuditLogView.class);
		AuditFilters filters = find(AuditFilters.class).single();
		filters.text.setValue("threshold raised for " + this.issue);
		@SuppressWarnings("unchecked")
		Grid<AuditEntry> grid = find(Grid.class).id("audit-grid");
		assertThat(test(grid).size()).isEqualTo(1);
	}

}

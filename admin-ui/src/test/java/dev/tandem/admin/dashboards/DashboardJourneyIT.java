package dev.tandem.admin.dashboards;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.admin.TestAccount;
import dev.tandem.admin.browser.BrowserTest;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.store.DocumentIndexes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager reads the dashboards drawn from real cases in Elasticsearch, exports them,
 * opens the weekly report, and searches the audit log.
 */
class DashboardJourneyIT extends BrowserTest {

	static boolean seeded;

	@Autowired
	CaseStore cases;

	@Autowired
	AuditLog audit;

	@Autowired
	DocumentIndexes indexes;

	@BeforeEach
	void seed() {
		seedOnce(this.cases, this.audit, this.indexes);
	}

	static synchronized void seedOnce(CaseStore cases, AuditLog audit, DocumentIndexes indexes) {
		if (seeded) {
			return;
		}
		Instant now = Instant.now();
		SeededCases.fortnight(now).forEach(cases::open);
		cases.refresh();
		audit.record(new AuditEntry(now.minusSeconds(600), "ada", "policy.changed", Optional.empty(), Optional.empty(),
				List.of("raised the minimum confidence after the refund incident"),
				Map.of("before.autoAnswerMinConfidence", "0.0", "after.autoAnswerMinConfidence", "0.5", "version", "2"),
				false));
		audit.record(new AuditEntry(now.minusSeconds(300), "tandem", "triage.decided", Optional.of("SEED-1"),
				Optional.of("AUTO_ANSWER"), List.of("Article billing-faq answers it with confidence 0.93"), Map.of(),
				false));
		indexes.index("audit", "/dev/tandem/connector/audit/audit-mapping.json", AuditEntry.class).refresh();
		seeded = true;
	}

	/** Tall enough to show every panel in one screenshot. */
	@Override
	protected com.microsoft.playwright.Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setViewportSize(1280, 2300);
	}

	@Test
	void managerSeesDashboardsDrawnFromRealCases() {
		signIn(TestAccount.MANAGER);
		open("dashboards");
		assertThat(page.locator("#metric-tickets-in")).containsText("80");
		assertThat(page.locator("#metric-durable-resolution")).containsText("No data yet");
		assertThat(page.locator("#chart-tiers canvas")).isVisible();
		assertThat(page.locator("#chart-heat-map canvas").first()).isVisible();
		assertThat(page.locator("#chart-sentiment canvas")).isVisible();
		assertThat(page.locator("#grid-top-articles")).containsText("FAQ");
		// the definition on hover is a Vaadin tooltip: Vaadin keeps its element outside
		// the
		// tile and points it at the tile through its 'target' property
		Object definition = page.evaluate("""
				id => {
				  const tooltip = [...document.querySelectorAll('vaadin-tooltip')]
				    .find((t) => t.target && t.target.id === id);
				  return tooltip ? tooltip.text : 'no tooltip targets #' + id + ' among '
				    + document.querySelectorAll('vaadin-tooltip').length + ' tooltips';
				}""", "metric-automated-resolution");
		assertThat(String.valueOf(definition)).containsIgnoringCase("automatic");
		screenshot("dashboards");
	}

	@Test
	void csvExportDownloadsTheShownReport() throws Exception {
		signIn(TestAccount.MANAGER);
		open("dashboards");
		Download download = page.waitForDownload(() -> page.locator("#dashboard-csv").click());
		byte[] bytes = java.nio.file.Files.readAllBytes(download.path());
		String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").contains("Tickets in,80");
	}

	@Test
	void weeklyReportIsPrintable() {
		signIn(TestAccount.ADMIN);
		open("dashboards/weekly");
		assertThat(page.locator("#view-weekly-report")).containsText("Tandem weekly report");
		assertThat(page.locator("#weekly-print")).isVisible();
		page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
			.setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator("#weekly-print")).isHidden();
		screenshot("weekly-print");
	}

	@Test
	void managerSearchesTheAuditLogAndSeesBeforeAndAfter() {
		signIn(TestAccount.MANAGER);
		open("audit-log");
		page.locator("#audit-text input").fill("refund incident");
		page.locator("#audit-text input").press("Enter");
		// visible rows only: the grid keeps rows it no longer needs hidden with their old
		// text (other journeys in this build add audit entries too)
		assertThat(page.locator("#audit-grid vaadin-grid-cell-content")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("triage.decided").setVisible(true)))
			.hasCount(0);
		page.locator("#audit-grid").getByText("policy.changed").first().click();
		waitForVaadin();
		assertThat(page.locator("#audit-detail")).containsText("after.autoAnswerMinConfidence");
		assertThat(page.locator("#audit-detail")).containsText("ada");
		screenshot("audit");
	}

}

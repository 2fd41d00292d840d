package dev.tandem.admin.dashboards;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.admin.TestAccount;
import dev.tandem.admin.browser.BrowserTest;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.store.DocumentIndexes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The dashboards in Simplified Chinese (a zh-CN browser). */
class DashboardChineseIT extends BrowserTest {

	@Autowired
	CaseStore cases;

	@Autowired
	AuditLog audit;

	@Autowired
	DocumentIndexes indexes;

	@BeforeEach
	void seed() {
		DashboardJourneyIT.seedOnce(this.cases, this.audit, this.indexes);
	}

	@Override
	protected Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setLocale("zh-CN").setViewportSize(1280, 2300);
	}

	@Test
	void managerSeesChineseDashboards() {
		signIn(TestAccount.MANAGER);
		open("dashboards");
		assertThat(page.locator("#metric-tickets-in")).containsText("收到的工单");
		assertThat(page.locator("#panel-tiers")).containsText("三个层级与目标对比");
		assertThat(page.locator("#chart-tiers canvas")).isVisible();
		screenshot("dashboards-zh");
	}

}

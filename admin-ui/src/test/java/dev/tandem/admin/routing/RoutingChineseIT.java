package dev.tandem.admin.routing;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

import dev.tandem.admin.TestAccount;
import dev.tandem.admin.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A manager whose browser asks for Chinese reads the routing page in Chinese. */
class RoutingChineseIT extends BrowserTest {

	@Override
	protected Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setLocale("zh-CN").setViewportSize(1280, 1400);
	}

	@Test
	void managerReadsTheRoutingPageInChinese() {
		signIn(TestAccount.MANAGER);
		open("routing");
		assertThat(page.locator("#view-routing")).containsText("现在谁会接到这张工单？");
		assertThat(page.locator("#routing-read-only")).hasText("只读");
		page.locator("#routing-preview-ask").click();
		waitForVaadin();
		assertThat(page.locator("#routing-preview-reasons")).containsText("默认团队“support”");
		screenshot("routing-zh");
	}

}

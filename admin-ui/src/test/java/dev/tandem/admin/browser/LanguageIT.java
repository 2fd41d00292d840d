package dev.tandem.admin.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import dev.tandem.admin.TestAccount;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class LanguageIT extends BrowserTest {

	@Test
	void switchingToChineseRendersTheWholePageInChinese() {
		signIn(TestAccount.ADMIN);
		assertThat(page.locator("#nav-knowledge-base")).containsText("Knowledge base");

		page.locator("#language-select").click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("简体中文")).click();
		waitForVaadin();

		assertThat(page.locator("#nav-knowledge-base")).containsText("知识库");
		assertThat(view("dashboards")).containsText("暂无可展示的数据");
		assertThat(page.locator(".tandem-view-title")).hasText("仪表板");
		screenshot("zh");
	}

	@Test
	void chosenLanguageSurvivesAReload() {
		signIn(TestAccount.MANAGER);
		page.locator("#language-select").click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("简体中文")).click();
		waitForVaadin();

		open("alerts");

		assertThat(page.locator("#nav-alerts")).containsText("告警");
		assertThat(view("alerts")).containsText("暂无告警");
	}

	@Test
	void accountConfiguredForChineseSignsInToChinese() {
		signIn(TestAccount.CHINESE_KNOWLEDGE_MANAGER);
		assertThat(page.locator("#nav-dashboards")).containsText("仪表板");
		assertThat(page.locator("#user-menu")).containsText("陈静");
	}

}

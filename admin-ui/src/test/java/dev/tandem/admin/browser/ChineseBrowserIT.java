package dev.tandem.admin.browser;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A visitor whose browser asks for Chinese gets Chinese without choosing it. */
class ChineseBrowserIT extends BrowserTest {

	@Override
	protected Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setLocale("zh-CN");
	}

	@Test
	void loginPageIsInChineseFromTheStart() {
		open("login");
		assertThat(page.locator("vaadin-login-form")).containsText("用户名");
		assertThat(page.locator(".tandem-login-tagline")).hasText("面向 Jira 的人机协作服务台");
		screenshot("login-zh");
	}

	@Test
	void narrowScreenHidesTheNavigationBehindTheMenuButton() {
		page.setViewportSize(390, 844);
		open("login");
		page.locator("vaadin-login-form input[name='username']").fill("km");
		page.locator("vaadin-login-form input[name='password']").fill("km-pass-1");
		page.locator("vaadin-login-form vaadin-button").first().click();
		page.waitForURL(url -> !url.contains("/login"));
		waitForVaadin();
		assertThat(page.locator("#side-nav")).not().isInViewport();
		screenshot("phone");

		page.locator("vaadin-drawer-toggle").click();
		// The drawer slides in; wait until it has arrived.
		page.waitForFunction("() => document.querySelector('#side-nav').getBoundingClientRect().left >= 0");
		assertThat(page.locator("#side-nav")).isInViewport();
		screenshot("phone-menu");
	}

}

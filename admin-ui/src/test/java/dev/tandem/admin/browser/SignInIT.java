package dev.tandem.admin.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tandem.admin.AccessRules;
import dev.tandem.admin.TestAccount;
import dev.tandem.admin.security.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SignInIT extends BrowserTest {

	@ParameterizedTest
	@EnumSource(value = TestAccount.class, names = { "ADMIN", "KNOWLEDGE_MANAGER", "MANAGER" })
	void eachRoleSignsInToDashboardsAndSeesOnlyItsPages(TestAccount account) {
		signIn(account);

		assertThat(page).hasURL(url("dashboards"));
		assertThat(view("dashboards")).isVisible();
		assertThat(page.locator("#user-menu")).containsText(account.displayName());
		Role role = account.roles().iterator().next();
		assertThat(page.locator("#side-nav vaadin-side-nav-item").all()).extracting(item -> item.getAttribute("id"))
			.containsExactlyElementsOf(AccessRules.allowed(role).stream().map(route -> "nav-" + route).toList());
		screenshot(account.name().toLowerCase());
	}

	@Test
	void wrongPasswordKeepsTheVisitorOnTheLoginPageWithAnError() {
		open("login");
		screenshot("login-page");
		page.locator("vaadin-login-form input[name='username']").fill("admin");
		page.locator("vaadin-login-form input[name='password']").fill("not-the-password");
		page.locator("vaadin-login-form vaadin-button").first().click();

		page.waitForURL(url -> url.contains("error"));
		waitForVaadin();
		assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
		screenshot("error");
	}

	@Test
	void signingOutReturnsToTheLoginPageAndEndsTheSession() {
		signIn(TestAccount.KNOWLEDGE_MANAGER);

		page.locator("#user-menu vaadin-menu-bar-button").first().click();
		page.locator("#sign-out").click();

		page.waitForURL(url -> url.endsWith("/login"));
		open("knowledge-base");
		assertThat(page).hasURL(url("login"));
	}

}

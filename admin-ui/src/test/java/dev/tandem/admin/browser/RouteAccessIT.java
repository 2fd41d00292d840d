package dev.tandem.admin.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tandem.admin.AccessRules;
import dev.tandem.admin.TestAccount;
import dev.tandem.admin.security.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class RouteAccessIT extends BrowserTest {

	@Test
	void anonymousVisitorIsSentToTheLoginPageFromEveryPage() {
		for (String route : AccessRules.ROUTES) {
			open(route);
			assertThat(page).hasURL(url("login"));
			assertThat(page.locator("#login-view")).isVisible();
		}
	}

	@ParameterizedTest
	@EnumSource(value = TestAccount.class, names = { "ADMIN", "KNOWLEDGE_MANAGER", "MANAGER" })
	void eachRoleOpensItsPagesAndNoOthers(TestAccount account) {
		Role role = account.roles().iterator().next();
		signIn(account);

		for (String route : AccessRules.allowed(role)) {
			open(route);
			assertThat(view(route)).isVisible();
			// the page rendered its content (an empty state or, on finished pages, its
			// own)
			assertThat(view(route)).not().isEmpty();
		}
		for (String route : AccessRules.forbidden(role)) {
			open(route);
			assertThat(view(route)).hasCount(0);
			assertThat(view("not-found")).isVisible();
		}
		if (!AccessRules.forbidden(role).isEmpty()) {
			screenshot("forbidden-" + AccessRules.forbidden(role).getFirst());
		}
	}

}

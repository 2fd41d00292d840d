package dev.tandem.admin.security.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import dev.tandem.admin.BrowserlessUiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a client registration configured, single sign-on joins the local login (no
 * identity provider is contacted: the endpoints are given, not discovered).
 */
@TestPropertySource(properties = { "spring.security.oauth2.client.registration.company.client-name=Company account",
		"spring.security.oauth2.client.registration.company.client-id=tandem-admin",
		"spring.security.oauth2.client.registration.company.client-secret=secret",
		"spring.security.oauth2.client.registration.company.scope=openid,profile",
		"spring.security.oauth2.client.registration.company.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.company.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.company.authorization-uri=https://sso.example.test/authorize",
		"spring.security.oauth2.client.provider.company.token-uri=https://sso.example.test/token",
		"spring.security.oauth2.client.provider.company.jwk-set-uri=https://sso.example.test/jwks",
		"spring.security.oauth2.client.provider.company.user-info-uri=https://sso.example.test/userinfo",
		"spring.security.oauth2.client.provider.company.user-name-attribute=preferred_username" })
class SingleSignOnTest extends BrowserlessUiTest {

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void setUpMvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	@WithAnonymousUser
	void loginPageOffersTheCompanyAccountNextToTheForm() {
		LoginView view = navigate(LoginView.class);
		assertThat(view.singleSignOnLinks).singleElement().satisfies(link -> {
			assertThat(link.getHref()).isEqualTo("oauth2/authorization/company");
			assertThat(link.getText()).isEqualTo("Sign in with Company account");
		});
		assertThat(view.loginForm.isVisible()).isTrue();
	}

	@Test
	void signOnStartsAtTheIdentityProvider() throws Exception {
		mvc.perform(get("/oauth2/authorization/company"))
			.andExpect(status().isFound())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
				.startsWith("https://sso.example.test/authorize?")
				.contains("client_id=tandem-admin"));
	}

	@Test
	void pagesStillSendVisitorsToTheTandemLoginPage() throws Exception {
		mvc.perform(get("/knowledge-base"))
			.andExpect(status().isFound())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
	}

}

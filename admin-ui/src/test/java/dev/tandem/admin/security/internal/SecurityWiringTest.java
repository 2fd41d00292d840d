package dev.tandem.admin.security.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the UI's security fits with the rest of the application: the connector (running in
 * the same process) adds its own stateless bearer-token chain for {@code /api/**},
 * {@code /webhooks/**} and {@code /actuator/**}, and services guard their methods with
 * {@code @PreAuthorize}. (The connector's chain is the real one since the connector is on
 * main; this test only adds an echo endpoint and a guarded service.)
 */
@SpringBootTest(properties = "tandem.api.token=test-token")
@ActiveProfiles("test")
@Import(SecurityWiringTest.ConnectorStandIn.class)
class SecurityWiringTest {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private AdminOnlyService adminOnlyService;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void apiRequestWithoutTokenGets401NotTheLoginPage() throws Exception {
		mvc.perform(get("/api/v1/kb/articles"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"));
	}

	@Test
	void apiPostWithTokenReachesItsHandlerWithoutTheUisCsrfToken() throws Exception {
		mvc.perform(post("/api/test/echo").header("Authorization", "Bearer test-token"))
			.andExpect(status().isOk())
			.andExpect(content().string("api"));
	}

	@Test
	void uiPagesStillRedirectToTheLoginPage() throws Exception {
		mvc.perform(get("/knowledge-base"))
			.andExpect(status().isFound())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
	}

	@Test
	void uiFormPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/logout")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("km")
	void serviceMethodRefusesAUserWithoutTheRole() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(adminOnlyService::secret);
	}

	@Test
	@WithUserDetails("admin")
	void serviceMethodServesAUserWithTheRole() {
		assertThat(adminOnlyService.secret()).isEqualTo("for admins");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ConnectorStandIn {

		@Bean
		EchoController echoController() {
			return new EchoController();
		}

		@Bean
		AdminOnlyService adminOnlyService() {
			return new AdminOnlyService();
		}

	}

	@RestController
	static class EchoController {

		@PostMapping("/api/test/echo")
		String echo() {
			return SecurityContextHolder.getContext().getAuthentication().getName();
		}

	}

	static class AdminOnlyService {

		@PreAuthorize("hasRole('ADMIN')")
		public String secret() {
			return "for admins";
		}

	}

}

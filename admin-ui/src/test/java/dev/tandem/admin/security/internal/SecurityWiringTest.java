package dev.tandem.admin.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the UI's security fits with the rest of the application: the connector adds its own
 * stateless bearer-token chain for {@code /api/**}, {@code /webhooks/**} and
 * {@code /actuator/**} (a stand-in here, with the same shape), and services guard their
 * methods with {@code @PreAuthorize}.
 */
@SpringBootTest
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
		@Order(1)
		SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
			return http.securityMatcher("/api/**", "/webhooks/**", "/actuator/**")
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.addFilterBefore(new BearerToken(), AuthorizationFilter.class)
				.exceptionHandling(exceptions -> exceptions
					.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.build();
		}

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

	/**
	 * Accepts "Bearer test-token", as the connector's filter accepts tandem.api.token.
	 */
	static class BearerToken extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("Bearer test-token".equals(request.getHeader("Authorization"))) {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api", null,
							AuthorityUtils.createAuthorityList("ROLE_API")));
			}
			chain.doFilter(request, response);
		}

	}

}

package dev.tandem.admin.security;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every HTTP endpoint of the whole application (the admin UI with the connector in the
 * same process), as Spring MVC's handler mappings know them, so that endpoints added
 * later are covered: called anonymously, with a wrong and the right API token, and with
 * each role's basic auth. Whether the request reached its handler is compared with the
 * access table below; an endpoint the table does not cover fails the test. (It shares the
 * browserless tests' application context: a second context in the same JVM would replace
 * Vaadin's global security context holder strategy under their feet.)
 */
class EveryEndpointAccessTest extends BrowserlessUiTest {

	/** {@code tandem.api.token} of the test profile. */
	static final String TOKEN = "test-api-token";

	enum Caller {

		ANONYMOUS, WRONG_TOKEN, API_TOKEN, ADMIN, KNOWLEDGE_MANAGER, MANAGER

	}

	private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

	private static final Set<Caller> API_CLIENTS = EnumSet.of(Caller.API_TOKEN, Caller.ADMIN);

	/**
	 * Who reaches which endpoints, by path prefix (first match wins). The webhook checks
	 * its HMAC signature itself; health and metrics are open for load balancers and
	 * Prometheus; the rest of the API and actuator wants the token or an admin.
	 */
	private static final Map<String, Set<Caller>> ACCESS = new java.util.LinkedHashMap<>();

	static {
		ACCESS.put("/webhooks/jira", EVERYONE);
		ACCESS.put("/actuator/health", EVERYONE);
		ACCESS.put("/actuator/prometheus", EVERYONE);
		ACCESS.put("/actuator", API_CLIENTS);
		ACCESS.put("/api/v1/", API_CLIENTS);
		// only for the container's error dispatches (and signed-in UI sessions)
		ACCESS.put("/error", EnumSet.noneOf(Caller.class));
	}

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void everyEndpointIsReachedExactlyByTheCallersItsAccessRuleNames() throws Exception {
		List<String> unknown = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			Set<Caller> allowed = ACCESS.entrySet()
				.stream()
				.filter((rule) -> endpoint.path().startsWith(rule.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			if (allowed == null) {
				unknown.add(endpoint.toString());
				continue;
			}
			for (Caller caller : Caller.values()) {
				boolean reached = reaches(endpoint, caller);
				if (reached != allowed.contains(caller)) {
					wrong.add(endpoint + " " + (reached ? "reached by " : "refused to ") + caller);
				}
			}
		}
		assertThat(unknown).as("endpoints missing from the access table of this test").isEmpty();
		assertThat(wrong).isEmpty();
	}

	@Test
	void endpointsAreFoundAndNoneExposesConfiguration() {
		assertThat(endpoints()).extracting(Endpoint::path)
			.contains("/webhooks/jira", "/api/v1/triage/preview")
			// they would show configuration, secrets redacted or not
			.noneMatch((path) -> path.startsWith("/actuator/env") || path.startsWith("/actuator/configprops")
					|| path.startsWith("/actuator/heapdump") || path.startsWith("/actuator/loggers"));
	}

	private boolean reaches(Endpoint endpoint, Caller caller) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders
			.request(HttpMethod.valueOf(endpoint.method()), endpoint.concretePath())
			.contentType("application/json")
			.content("{}");
		switch (caller) {
			case ANONYMOUS -> {
			}
			case WRONG_TOKEN -> request.header("Authorization", "Bearer not-" + TOKEN);
			case API_TOKEN -> request.header("Authorization", "Bearer " + TOKEN);
			case ADMIN -> basic(request, TestAccount.ADMIN);
			case KNOWLEDGE_MANAGER -> basic(request, TestAccount.KNOWLEDGE_MANAGER);
			case MANAGER -> basic(request, TestAccount.MANAGER);
		}
		try {
			MvcResult result = this.mvc.perform(request).andReturn();
			return result.getHandler() != null;
		}
		catch (ServletException ex) {
			// the handler ran and failed on the placeholder input: it was reached
			return true;
		}
	}

	private static void basic(MockHttpServletRequestBuilder request, TestAccount account) {
		String credentials = account.username() + ":" + account.password();
		request.header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private List<Endpoint> endpoints() {
		Set<Endpoint> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String path : info.getPatternValues()) {
					if (methods.isEmpty()) {
						endpoints.add(new Endpoint("GET", path));
					}
					methods.forEach((method) -> endpoints.add(new Endpoint(method.name(), path)));
				}
			}
		}
		return List.copyOf(endpoints);
	}

	record Endpoint(String method, String path) implements Comparable<Endpoint> {

		/**
		 * The path with placeholders filled in ({@code /api/v1/cases/{key}} -> .../x).
		 */
		String concretePath() {
			return this.path.replaceAll("\\{\\*[^}]+}", "x").replaceAll("\\{[^}]+}", "x");
		}

		@Override
		public int compareTo(Endpoint other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}

package dev.tandem.connector;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.connector.sandbox.DemoContent;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults the connector needs in any process, lowest precedence so every setting can
 * override them: health (with the reason when DOWN) and Prometheus metrics exposed over
 * HTTP; in the demo sandbox (profile {@code demo}, no Jira configured), the demo
 * company's support team, VIP domain and workflow.
 */
class ConnectorDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("management.endpoints.web.exposure.include", "health,prometheus");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		// an operator (or a load balancer's log) must see why the connector is DOWN,
		// e.g. "elasticsearch: not answering: ConnectException: Connection refused"
		defaults.put("management.endpoint.health.show-details", "always");
		// Spring Security wraps each of its filters in an observation: 2.4 % of the
		// connector's Java CPU samples at 60-70 tickets/s (JFR, 2026-11-22), 8 % of the
		// webhook intake's, for timers nothing here reads; http_server_requests stays
		defaults.put("management.observations.enable.spring.security", "false");
		if (isSandbox(environment)) {
			addDemoTeam(defaults);
			defaults.put("tandem.triage.policy.vip-email-domains", "bigcorp.example");
			defaults.put("tandem.actions.after-auto-answer-transition", "Waiting for customer");
			defaults.put("tandem.actions.resolve-transition", "Resolve");
			defaults.put("tandem.actions.escalate-transition", "In progress");
			defaults.put("tandem.intake.catch-up-interval", "15s");
		}
		environment.getPropertySources().addLast(new MapPropertySource("tandemConnectorDefaults", defaults));
	}

	private static boolean isSandbox(ConfigurableEnvironment environment) {
		// profiles named in spring.profiles.active are not always applied to the
		// environment yet when post-processors run: read the property as well
		boolean demo = List.of(environment.getActiveProfiles()).contains("demo")
				|| Arrays.stream(environment.getProperty("spring.profiles.active", "").split(","))
					.anyMatch((profile) -> profile.strip().equals("demo"));
		return demo && environment.getProperty("tandem.jira.base-url", "").isBlank();
	}

	/** The demo company's support team ({@code classpath:demo/agents.json}). */
	private static void addDemoTeam(Map<String, Object> defaults) {
		List<DemoContent.DemoAgent> agents = DemoContent.agents();
		for (int i = 0; i < agents.size(); i++) {
			DemoContent.DemoAgent agent = agents.get(i);
			String prefix = "tandem.assignment.agents[" + i + "].";
			defaults.put(prefix + "id", agent.id());
			defaults.put(prefix + "name", agent.name());
			defaults.put(prefix + "pools", agent.senior() ? "support,senior" : "support");
			defaults.put(prefix + "languages", String.join(",", agent.languages()));
			defaults.put(prefix + "skills", String.join(",", agent.skills()));
			defaults.put(prefix + "time-zone", agent.timeZone());
			defaults.put(prefix + "work-start", agent.workStart());
			defaults.put(prefix + "work-end", agent.workEnd());
		}
	}

}

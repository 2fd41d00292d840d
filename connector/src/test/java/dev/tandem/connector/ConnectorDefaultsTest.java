package dev.tandem.connector;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorDefaultsTest {

	@Test
	void exposesHealthAndMetricsByDefault() {
		StandardEnvironment environment = new StandardEnvironment();
		new ConnectorDefaults().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,prometheus");
		assertThat(environment.getProperty("tandem.assignment.agents[0].id")).isNull();
	}

	@Test
	void givesTheDemoSandboxItsTeamAndVips() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--spring.profiles.active=demo"));
		new ConnectorDefaults().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("tandem.assignment.agents[0].id")).isEqualTo("agent-ana");
		assertThat(environment.getProperty("tandem.assignment.agents[3].pools")).isEqualTo("support,senior");
		assertThat(environment.getProperty("tandem.triage.policy.vip-email-domains")).isEqualTo("bigcorp.example");
	}

	@Test
	void leavesARealJiraAlone() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("--spring.profiles.active=demo",
					"--tandem.jira.base-url=https://example.atlassian.net"));
		new ConnectorDefaults().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("tandem.assignment.agents[0].id")).isNull();
	}

}

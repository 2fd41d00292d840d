package dev.tandem.connector;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults the connector needs in any process, lowest precedence so every setting can
 * override them: health and Prometheus metrics exposed over HTTP; in the demo sandbox,
 * its agent groups and workflow.
 */
class ConnectorDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(
					new MapPropertySource("tandemConnectorDefaults", Map.of("management.endpoints.web.exposure.include",
							"health,prometheus", "management.endpoint.health.probes.enabled", "true")));
	}

}

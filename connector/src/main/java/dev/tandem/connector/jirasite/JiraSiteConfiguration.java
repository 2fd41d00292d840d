package dev.tandem.connector.jirasite;

import java.time.Clock;

import dev.tandem.jira.JiraClientFactory;
import dev.tandem.jira.JiraProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JiraSiteConfiguration {

	/**
	 * The configured site; when none is configured, a {@link JiraEndpoint} (the demo
	 * sandbox) if there is one.
	 */
	@Bean
	JiraSite jiraSite(JiraProperties properties, ObjectProvider<JiraEndpoint> endpoint, JiraClientFactory factory,
			Clock clock) {
		return new JiraSite(() -> {
			if (properties.configured()) {
				return properties;
			}
			JiraEndpoint sandbox = endpoint.getIfAvailable();
			return (sandbox != null) ? sandbox.properties() : properties;
		}, factory, clock);
	}

}

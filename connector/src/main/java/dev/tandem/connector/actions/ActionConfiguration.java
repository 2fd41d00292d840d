package dev.tandem.connector.actions;

import java.time.Clock;

import dev.tandem.connector.jirasite.JiraSite;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ActionProperties.class)
class ActionConfiguration {

	@Bean
	ActionPlanner actionPlanner(ActionProperties properties) {
		return new ActionPlanner(properties);
	}

	@Bean
	ActionExecutor actionExecutor(JiraSite jira, ActionProperties properties, Clock clock) {
		return new ActionExecutor(jira, properties, clock);
	}

}

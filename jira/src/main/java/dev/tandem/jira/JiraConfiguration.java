package dev.tandem.jira;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.client.RestClient;

/**
 * Jira beans. The {@link JiraClientFactory} always exists (the demo sandbox plugs its own
 * URL in); the {@link JiraClient} only when {@code tandem.jira.base-url} is set, so an
 * unconfigured Tandem still starts.
 */
@AutoConfiguration
@EnableConfigurationProperties(JiraProperties.class)
public class JiraConfiguration {

	@Bean
	JiraClientFactory jiraClientFactory(ObjectProvider<RestClient.Builder> restClients, ObjectProvider<Clock> clock) {
		return new JiraClientFactory(() -> restClients.getIfAvailable(RestClient::builder),
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@Conditional(JiraSiteConfigured.class)
	JiraClient jiraClient(JiraClientFactory factory, JiraProperties properties) {
		return factory.create(properties);
	}

	/**
	 * {@code tandem.jira.base-url} is set and not blank ({@code @ConditionalOnProperty}
	 * accepts an empty value).
	 */
	static final class JiraSiteConfigured extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String baseUrl = context.getEnvironment().getProperty("tandem.jira.base-url", "");
			return baseUrl.isBlank() ? ConditionOutcome.noMatch("tandem.jira.base-url is not set")
					: ConditionOutcome.match("tandem.jira.base-url is " + baseUrl);
		}

	}

}

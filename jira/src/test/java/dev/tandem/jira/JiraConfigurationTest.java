package dev.tandem.jira;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class JiraConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class))
		.withUserConfiguration(JiraConfiguration.class);

	@Test
	void startsWithoutJiraWhenNoSiteIsConfigured() {
		this.context.run((app) -> {
			assertThat(app).hasNotFailed().doesNotHaveBean(JiraClient.class).hasSingleBean(JiraClientFactory.class);
			assertThat(app.getBean(JiraProperties.class).configured()).isFalse();
		});
		this.context.withPropertyValues("tandem.jira.base-url=")
			.run((app) -> assertThat(app).hasNotFailed().doesNotHaveBean(JiraClient.class));
	}

	@Test
	void bindsTheContractsKeysAndCreatesTheClient() {
		this.context
			.withPropertyValues("tandem.jira.base-url=https://jira.example.com/jira", "tandem.jira.flavor=data-center",
					"tandem.jira.personal-access-token=pat", "tandem.jira.webhook-secret=s",
					"tandem.jira.jql=project = SUP", "tandem.jira.internal-notes=comment-property",
					"tandem.jira.retry.max-attempts=2", "tandem.jira.read-timeout=10s")
			.run((app) -> {
				assertThat(app).hasNotFailed().hasSingleBean(JiraClient.class);
				JiraProperties properties = app.getBean(JiraProperties.class);
				assertThat(properties.flavor()).isEqualTo(JiraFlavor.DATA_CENTER);
				assertThat(properties.internalNotes()).isEqualTo(InternalNoteMode.COMMENT_PROPERTY);
				assertThat(properties.retry().maxAttempts()).isEqualTo(2);
				assertThat(properties.readTimeout()).hasSeconds(10);
				assertThat(properties.jql()).isEqualTo("project = SUP");
				assertThat(app.getBean(JiraClient.class).flavor()).isEqualTo(JiraFlavor.DATA_CENTER);
			});
	}

	@Test
	void refusesToStartWithIncompleteCredentialsNamingTheKeys() {
		this.context
			.withPropertyValues("tandem.jira.base-url=https://example.atlassian.net",
					"tandem.jira.user=bot@example.com")
			.run((app) -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tandem.jira.api-token"));
	}

}

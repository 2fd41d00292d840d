package dev.tandem.jira;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JiraPropertiesTest {

	@Test
	void defaultsAreThoseOfTheContract() {
		JiraProperties properties = new JiraProperties(null, null, null, null, null, null, null, null, null, null, null,
				null);

		assertThat(properties.configured()).isFalse();
		assertThat(properties.flavor()).isEqualTo(JiraFlavor.CLOUD);
		assertThat(properties.jql()).isEqualTo("created >= -1d");
		assertThat(properties.internalNotes()).isEqualTo(InternalNoteMode.AUTO);
		assertThat(properties.retry().maxAttempts()).isEqualTo(4);
		assertThat(properties.problems()).isEmpty();
	}

	@Test
	void cloudNeedsUserAndApiToken() {
		assertThat(JiraProperties.cloud("https://example.atlassian.net", null, "token").problems()).containsExactly(
				"tandem.jira.flavor=cloud needs tandem.jira.user (the account's email) and tandem.jira.api-token;"
						+ " missing: tandem.jira.user");
		assertThat(JiraProperties.cloud("https://example.atlassian.net", "bot@example.com", " ").problems())
			.singleElement()
			.asString()
			.endsWith("missing: tandem.jira.api-token");
	}

	@Test
	void dataCenterNeedsAPersonalAccessToken() {
		assertThat(JiraProperties.dataCenter("https://jira.example.com/jira", "").problems())
			.containsExactly("tandem.jira.flavor=data-center needs tandem.jira.personal-access-token");
	}

	@Test
	void theBaseUrlMustBeAnAbsoluteHttpUrl() {
		assertThat(JiraProperties.cloud("example.atlassian.net", "u", "t").problems()).singleElement()
			.asString()
			.startsWith("tandem.jira.base-url must be an absolute http(s) URL")
			.contains("'example.atlassian.net'");
		assertThat(JiraProperties.cloud("ftp://example.com", "u", "t").problems()).hasSize(1);
	}

	@Test
	void numbersAndDurationsOutOfRangeNameTheirKeys() {
		JiraProperties properties = new JiraProperties("https://example.atlassian.net", JiraFlavor.CLOUD, "u", "t",
				null, null, " ", Duration.ZERO, Duration.ofSeconds(-1), 500, null,
				new JiraProperties.Retry(0, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(-5)));

		assertThat(properties.problems()).extracting((problem) -> problem.split(" ")[0])
			.containsExactly("tandem.jira.jql", "tandem.jira.connect-timeout", "tandem.jira.read-timeout",
					"tandem.jira.page-size", "tandem.jira.retry.max-attempts", "tandem.jira.retry.initial-backoff",
					"tandem.jira.retry.max-retry-after");
	}

	@Test
	void anUnconfiguredSiteIsNotAnError() {
		assertThat(JiraProperties.cloud("", null, null).problems()).isEmpty();
	}

	@Test
	void secretsNeverAppearInToString() {
		JiraProperties properties = new JiraProperties("https://example.atlassian.net", JiraFlavor.CLOUD,
				"bot@example.com", "api-secret-1", "pat-secret-2", "hook-secret-3", null, null, null, null, null, null);

		assertThat(properties.toString()).doesNotContain("api-secret-1", "pat-secret-2", "hook-secret-3")
			.contains("bot@example.com", "apiToken=******", "webhookSecret=******");
		assertThat(JiraProperties.cloud("https://x.example.com", "u", null).toString()).contains("apiToken=<unset>");
	}

}

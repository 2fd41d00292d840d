package dev.tandem.connector.store;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class StorePropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Properties.class);

	@Test
	void groupCommitIsOnByDefaultWithTwoBulksInFlight() {
		this.runner
			.run((context) -> assertThat(context.getBean(StoreProperties.class)).isEqualTo(new StoreProperties(0)));
		assertThat(new StoreProperties(0).groupCommit())
			.isEqualTo(new StoreProperties.GroupCommit(true, 2, 500, DataSize.ofMegabytes(5)));
	}

	@Test
	void readsTheGroupCommitSettings() {
		this.runner
			.withPropertyValues("tandem.connector.store.group-commit.enabled=false",
					"tandem.connector.store.group-commit.max-in-flight=4",
					"tandem.connector.store.group-commit.max-items=100",
					"tandem.connector.store.group-commit.max-bytes=1MB")
			.run((context) -> assertThat(context.getBean(StoreProperties.class).groupCommit())
				.isEqualTo(new StoreProperties.GroupCommit(false, 4, 100, DataSize.ofMegabytes(1))));
	}

	@Test
	void refusesNoBulkInFlightNamingTheSetting() {
		this.runner.withPropertyValues("tandem.connector.store.group-commit.max-in-flight=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("groupCommit.maxInFlight"));
	}

	@Test
	void refusesAnEmptyBulkSize() {
		this.runner.withPropertyValues("tandem.connector.store.group-commit.max-bytes=0B")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("tandem.connector.store.group-commit.max-bytes must be positive"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(StoreProperties.class)
	static class Properties {

	}

}

package dev.tandem.kb.embedding;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingSettingsTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(WithSettings.class);

	@Test
	void batchesUseOneThreadPerCoreByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(EmbeddingSettings.class).batchThreads())
			.isEqualTo(Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void aConfiguredNumberOfThreadsIsKept() {
		this.runner.withPropertyValues("tandem.embedding.threads=3")
			.run((context) -> assertThat(context.getBean(EmbeddingSettings.class).batchThreads()).isEqualTo(3));
	}

	@Test
	void aNegativeNumberOfThreadsIsRefusedByName() {
		this.runner.withPropertyValues("tandem.embedding.threads=-1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tandem.embedding.threads"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EmbeddingSettings.class)
	static class WithSettings {

	}

}

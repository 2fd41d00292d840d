package dev.tandem.kb.ingest;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.InMemoryArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;

class CommandWiringTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ImportCommand.class, ExportCommand.class);

	@Test
	void commandsStartWithoutAStoreAndReadTheirSettings() {
		this.runner.withPropertyValues("tandem.kb.import.max-article-size=2MB").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(ImportCommand.class).hasSingleBean(ExportCommand.class);
			assertThat(context.getBean(ImportProperties.class).maxArticleSize()).isEqualTo(DataSize.ofMegabytes(2));
		});
	}

	@Test
	void theSizeLimitDefaultsToOneMegabyte() {
		this.runner.withBean(ArticleRepository.class, () -> new InMemoryArticleRepository(Clock.systemUTC()))
			.run((context) -> assertThat(context.getBean(ImportProperties.class).maxArticleSize())
				.isEqualTo(DataSize.ofMegabytes(1)));
	}

}

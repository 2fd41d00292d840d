package dev.tandem.kb.localnode;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalElasticsearchPropertiesTest {

	@Test
	void expandsTildeToTheUserHomeLikeAShell() {
		assertThat(LocalElasticsearchProperties.expandHome(Path.of("~/.tandem/elasticsearch")))
			.isEqualTo(Path.of(System.getProperty("user.home"), ".tandem", "elasticsearch"));
		assertThat(LocalElasticsearchProperties.expandHome(Path.of("/var/lib/tandem")))
			.isEqualTo(Path.of("/var/lib/tandem"));
	}

}

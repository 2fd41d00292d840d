package dev.tandem.kb.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchSettingsTest {

	@Test
	void neverShowsSecretsInToString() {
		var settings = new ElasticsearchSettings(List.of(URI.create("https://es.example:9243")), Optional.of("tandem"),
				Optional.of("s3cret-password"), Optional.of("s3cret-key"), Duration.ofSeconds(1),
				Duration.ofSeconds(1));

		assertThat(settings.toString()).contains("es.example", "tandem")
			.doesNotContain("s3cret-password")
			.doesNotContain("s3cret-key");
	}

	@Test
	void usesTheLocalNodeOnlyWhenNoClusterIsConfigured() {
		assertThat(ElasticsearchSettings.of(URI.create("http://es:9200")).usesLocalNode()).isFalse();
		assertThat(new ElasticsearchSettings(List.of(), null, null, null, Duration.ofSeconds(1), Duration.ofSeconds(1))
			.usesLocalNode()).isTrue();
	}

	@Test
	void namesEveryIndexAndAliasWithThePrefix() {
		IndexNames names = new IndexNames("acme");

		assertThat(names.alias("articles")).isEqualTo("acme-articles");
		assertThat(names.versioned("articles", 3)).isEqualTo("acme-articles-v3");
		assertThat(names.everything()).isEqualTo("acme-*");
	}

}

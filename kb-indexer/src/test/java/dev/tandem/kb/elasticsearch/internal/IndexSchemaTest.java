package dev.tandem.kb.elasticsearch.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndexSchemaTest {

	@Test
	void theFingerprintIgnoresKeyOrderAndFormatting() {
		assertThat(IndexSchema.load("elasticsearch/test-notes-reordered.json").hash())
			.isEqualTo(IndexSchema.load("elasticsearch/test-notes-v1.json").hash());
	}

	@Test
	void anyChangeToTheMappingChangesTheFingerprint() {
		assertThat(IndexSchema.load("elasticsearch/test-notes-v2.json").hash())
			.isNotEqualTo(IndexSchema.load("elasticsearch/test-notes-v1.json").hash());
	}

	@Test
	void readsTheSchemaVersionAndTheChangeTimestampField() {
		IndexSchema schema = IndexSchema.load("elasticsearch/articles.json");

		assertThat(schema.version()).isEqualTo(1);
		assertThat(schema.changedAtField()).contains("updated_at");
		assertThat(IndexSchema.load("elasticsearch/test-notes-no-timestamp.json").changedAtField()).isEmpty();
	}

	@Test
	void theCreatedMappingCarriesTheFingerprint() {
		IndexSchema schema = IndexSchema.load("elasticsearch/article-versions.json");

		assertThat(schema.mapping().meta().get(IndexSchema.SCHEMA_HASH).to(String.class)).isEqualTo(schema.hash());
		assertThat(schema.settings(2, 1).numberOfShards()).isEqualTo("2");
		assertThat(schema.settings(2, 1).numberOfReplicas()).isEqualTo("1");
	}

	@Test
	void refusesDefinitionsThatSetShardsThemselves() {
		assertThatIllegalArgumentException().isThrownBy(() -> IndexSchema.load("elasticsearch/test-with-shards.json"))
			.withMessageContaining("test-with-shards.json")
			.withMessageContaining("number_of_shards");
	}

	@Test
	void refusesDefinitionsWithoutASchemaVersion() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IndexSchema.load("elasticsearch/test-without-version.json"))
			.withMessageContaining("schema_version");
	}

	@Test
	void namesAMissingResource() {
		assertThatIllegalArgumentException().isThrownBy(() -> IndexSchema.load("elasticsearch/nothing.json"))
			.withMessageContaining("'elasticsearch/nothing.json' is not on the class path");
	}

}

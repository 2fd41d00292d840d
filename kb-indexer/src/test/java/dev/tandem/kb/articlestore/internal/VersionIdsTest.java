package dev.tandem.kb.articlestore.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionIdsTest {

	@Test
	void namesAVersionByArticleAndNumber() {
		assertThat(VersionIds.of("guides/refund-time", 3)).isEqualTo("guides/refund-time#3");
	}

	@Test
	void hashesArticleIdsTooLongForTheSuffix() {
		String longest = "長".repeat(170) + "ab";

		String id = VersionIds.of(longest, 12);

		assertThat(id).startsWith("sha256:").endsWith("#12");
		assertThat(id.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(VersionIds.MAX_ID_BYTES);
		assertThat(VersionIds.of(longest, 12)).as("stable").isEqualTo(id);
		assertThat(VersionIds.of(longest + "c", 12)).isNotEqualTo(id);
	}

}

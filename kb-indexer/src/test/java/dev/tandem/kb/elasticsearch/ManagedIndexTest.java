package dev.tandem.kb.elasticsearch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManagedIndexTest {

	private final ManagedIndex versions = new ManagedIndex("articles", "article-versions", "x.json");

	@Test
	void isSelectedByItsGroupItsStoreOrAll() {
		assertThat(this.versions.isSelectedBy("articles")).isTrue();
		assertThat(this.versions.isSelectedBy("article-versions")).isTrue();
		assertThat(this.versions.isSelectedBy("all")).isTrue();
		assertThat(this.versions.isSelectedBy("kb-units")).isFalse();
	}

}

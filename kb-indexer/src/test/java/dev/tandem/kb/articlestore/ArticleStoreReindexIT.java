package dev.tandem.kb.articlestore;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.articlestore.internal.ArticleIndices;
import dev.tandem.kb.elasticsearch.IndexSettings;
import dev.tandem.kb.elasticsearch.RebuildProgress;
import dev.tandem.kb.elasticsearch.RebuildResult;
import dev.tandem.kb.elasticsearch.RebuildStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.tandem.kb.articlestore.ElasticsearchArticleRepositoryIT.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleStoreReindexIT {

	private static final ArticleChange IMPORT = new ArticleChange("importer", ArticleSource.IMPORT, "imported");

	private static final ArticleChange EDIT = new ArticleChange("bob", ArticleSource.UI, "edit");

	private final ArticleStoreFixture store = new ArticleStoreFixture("store-reindex", new IndexSettings(1, 0, 25));

	@AfterEach
	void deleteIndices() {
		this.store.close();
	}

	@Test
	void articlesAndTheirHistoriesSurviveARebuildOfBothIndices() {
		for (int i = 0; i < 60; i++) {
			this.store.repository.save(article("a-" + i, "Text " + i + "."), IMPORT);
		}
		this.store.repository.save(article("a-7", "Text 7, edited."), EDIT);

		rebuild(ArticleStoreConfiguration.ARTICLES.store(), RebuildProgress.none());
		rebuild(ArticleStoreConfiguration.VERSIONS.store(), RebuildProgress.none());

		assertThat(this.store.lifecycle.currentIndex(ArticleIndices.ARTICLES))
			.contains(this.store.names.versioned(ArticleIndices.ARTICLES, 2));
		assertThat(this.store.lifecycle.currentIndex(ArticleIndices.VERSIONS))
			.contains(this.store.names.versioned(ArticleIndices.VERSIONS, 2));
		assertThat(this.store.repository.find("a-7"))
			.hasValueSatisfying((stored) -> assertThat(stored.content().body()).isEqualTo("Text 7, edited."));
		assertThat(this.store.repository.history("a-7")).extracting(ArticleVersion::number).containsExactly(1, 2);
		try (var all = this.store.repository.all()) {
			assertThat(all.count()).isEqualTo(60);
		}
		assertThat(this.store.repository.save(article("a-7", "Text 7, edited again."), EDIT).version().number())
			.isEqualTo(3);
	}

	@Test
	void savesDuringTheCopyAreKept() throws Exception {
		for (int i = 0; i < 60; i++) {
			this.store.repository.save(article("a-" + i, "Text " + i + "."), IMPORT);
		}

		rebuild(ArticleIndices.ARTICLES, (status) -> {
			if (status.phase() == RebuildStatus.Phase.COPYING && status.copied() == 25) {
				this.store.repository.save(article("a-59", "Changed while the copy ran."), EDIT);
				this.store.repository.save(article("new", "Created while the copy ran."), EDIT);
			}
		});

		assertThat(this.store.repository.find("a-59").orElseThrow().content().body())
			.isEqualTo("Changed while the copy ran.");
		assertThat(this.store.indices().current("new")).isPresent();
		assertThat(this.store.repository.history("a-59")).hasSize(2);
	}

	@Test
	void aSaveDuringTheAliasSwitchWaitsAndLandsInTheNewIndex() throws Exception {
		this.store.repository.save(article("a", "Text."), IMPORT);
		ExecutorService saver = Executors.newSingleThreadExecutor();
		AtomicReference<Future<SaveResult>> save = new AtomicReference<>();
		try {
			rebuild(ArticleIndices.ARTICLES, (status) -> {
				if (status.phase() == RebuildStatus.Phase.SWITCHING && save.get() == null) {
					save.set(saver
						.submit(() -> this.store.repository.save(article("a", "Saved during the switch."), EDIT)));
				}
			});

			assertThat(save.get().get().version().number()).isEqualTo(2);
			assertThat(this.store.indices().current("a")).hasValueSatisfying(
					(current) -> assertThat(current.document().body()).isEqualTo("Saved during the switch."));
		}
		finally {
			saver.shutdownNow();
		}
	}

	@Test
	void aStoreBuiltFromAnotherMappingIsRefusedUntilItIsRebuilt() {
		this.store.lifecycle.ensure(ArticleIndices.ARTICLES, "elasticsearch/test-articles-old.json");

		assertThatThrownBy(() -> this.store.repository.find("a")).isInstanceOf(ArticleStoreException.class)
			.hasMessageContaining("kb-indexer reindex --store articles");

		this.store.lifecycle.rebuild(ArticleIndices.ARTICLES, ArticleStoreConfiguration.ARTICLES.mappingResource(),
				RebuildProgress.none());
		assertThat(this.store.repository.save(article("a", "Text."), EDIT).outcome())
			.isEqualTo(SaveResult.Outcome.CREATED);
	}

	private RebuildResult rebuild(String store, RebuildProgress progress) {
		String resource = List.of(ArticleStoreConfiguration.ARTICLES, ArticleStoreConfiguration.VERSIONS)
			.stream()
			.filter((index) -> index.store().equals(store))
			.findFirst()
			.orElseThrow()
			.mappingResource();
		return this.store.lifecycle.rebuild(store, resource, progress);
	}

}

package dev.tandem.kb.articlestore;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleRepositoryContract;
import dev.tandem.kb.article.ArticleSaved;
import dev.tandem.kb.article.ArticleSave;
import dev.tandem.kb.article.SaveAttempt;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.ArticleStatusChanged;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.ElasticsearchSettings;
import dev.tandem.kb.elasticsearch.IndexLifecycle;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.elasticsearch.IndexSettings;
import dev.tandem.kb.localnode.LocalElasticsearch;
import dev.tandem.kb.localnode.LocalElasticsearchProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElasticsearchArticleRepositoryIT extends ArticleRepositoryContract {

	private static final ArticleChange UI_EDIT = new ArticleChange("bob", ArticleSource.UI, "published");

	private final List<ArticleStoreFixture> fixtures = new ArrayList<>();

	@Override
	protected ArticleRepository emptyRepository() {
		return fixture().repository;
	}

	@AfterEach
	void deleteIndices() {
		this.fixtures.forEach(ArticleStoreFixture::close);
	}

	@Test
	void publishesArticleSavedForNewVersionsOnly() {
		ArticleStoreFixture store = fixture();
		ArticleContent content = article("refund-time", "Refunds take 5 days.");

		store.repository.save(content, UI_EDIT);
		store.repository.save(content, UI_EDIT);
		store.repository.save(article("refund-time", "Refunds take 3 days."), UI_EDIT);

		assertThat(store.events(ArticleSaved.class)).extracting(ArticleSaved::outcome)
			.containsExactly(SaveResult.Outcome.CREATED, SaveResult.Outcome.UPDATED);
		assertThat(store.events(ArticleSaved.class).getLast().article().content().body())
			.isEqualTo("Refunds take 3 days.");
	}

	@Test
	void savingSeveralAtOncePublishesArticleSavedForNewVersionsOnly() {
		ArticleStoreFixture store = fixture();
		store.repository.save(article("same", "Same."), UI_EDIT);

		store.repository.saveAll(List.of(new ArticleSave(article("same", "Same."), UI_EDIT),
				new ArticleSave(article("new", "New."), UI_EDIT)));

		assertThat(store.events(ArticleSaved.class)).extracting((saved) -> saved.article().id())
			.containsExactly("same", "new");
	}

	@Test
	void savingSeveralAtOnceNamesAnUnreachableElasticsearchForEachArticle(@TempDir java.nio.file.Path home) {
		URI nowhere = URI.create("http://127.0.0.1:9");
		ElasticsearchConnection connection = new ElasticsearchConnection(ElasticsearchSettings.of(nowhere),
				new LocalElasticsearch(LocalElasticsearchProperties.of(9, home)));
		IndexNames names = new IndexNames("unreachable");
		ArticleRepository repository = ArticleStoreConfiguration.create(connection, names,
				new IndexLifecycle(connection, names, IndexSettings.defaults(), Clock.systemUTC()), (event) -> {
				}, Clock.systemUTC());

		List<SaveAttempt> attempts = repository.saveAll(List.of(new ArticleSave(article("a", "Text."), UI_EDIT),
				new ArticleSave(article("b", "Text."), UI_EDIT)));

		assertThat(attempts).hasSize(2)
			.allSatisfy((attempt) -> assertThat(attempt.failure()).hasValueSatisfying((failure) -> assertThat(failure)
				.hasMessageContaining("Elasticsearch at http://127.0.0.1:9 is not reachable")));
		connection.close();
	}

	@Test
	void publishesStatusChangedWhenANewVersionHasAnotherStatus() {
		ArticleStoreFixture store = fixture();
		ArticleContent draft = article("refund-time", "Refunds take 5 days.").withStatus(ArticleStatus.DRAFT);
		store.repository.save(draft, UI_EDIT);

		store.repository.save(draft.withStatus(ArticleStatus.PUBLISHED), UI_EDIT);

		assertThat(store.events(ArticleStatusChanged.class)).singleElement().satisfies((changed) -> {
			assertThat(changed.previous()).isEqualTo(ArticleStatus.DRAFT);
			assertThat(changed.current()).isEqualTo(ArticleStatus.PUBLISHED);
			assertThat(changed.version().number()).isEqualTo(2);
		});
	}

	@Test
	void aFailingListenerDoesNotFailTheSave() {
		ArticleStoreFixture store = fixture();
		ElasticsearchArticleRepository repository = ArticleStoreConfiguration.create(
				dev.tandem.kb.testsupport.SharedElasticsearch.connection(), store.names, store.lifecycle, (event) -> {
					throw new IllegalStateException("listener broke");
				}, Clock.systemUTC());

		SaveResult result = repository.save(article("a", "Text."), UI_EDIT);

		assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.CREATED);
		assertThat(repository.find("a")).isPresent();
	}

	@Test
	void keepsEveryFieldOfTheContent() {
		ArticleStoreFixture store = fixture();
		ArticleContent full = ArticleContent.builder("guides/billing/退款", "退款多久到账", "## Refunds\n\n  code\nText")
			.answer("Five days.")
			.questions(List.of("when do I get my money back", "退款多久到账"))
			.category("billing")
			.language("zh-CN")
			.tags(List.of("refund", "money"))
			.status(ArticleStatus.DRAFT)
			.build();

		store.repository.save(full, UI_EDIT);

		assertThat(store.repository.find("guides/billing/退款")).map((stored) -> stored.content()).contains(full);
		assertThat(store.repository.version("guides/billing/退款", 1)).contains(full);
	}

	@Test
	void storesArticlesWithTheLongestAllowedIds() {
		ArticleStoreFixture store = fixture();
		String longId = "長".repeat(170) + "ab"; // 512 bytes: the version id needs the
												// hashed form
		ArticleContent content = article(longId, "Text.");

		store.repository.save(content, UI_EDIT);
		store.repository.save(article(longId, "Text, edited."), UI_EDIT);

		assertThat(store.repository.history(longId)).hasSize(2);
		assertThat(store.repository.version(longId, 1)).contains(content);
	}

	@Test
	void listsArticlesAcrossSeveralPages() {
		ArticleStoreFixture store = fixture();
		for (int i = 0; i < 450; i++) {
			store.repository.save(article(String.format("article-%04d", i), "Text " + i + "."),
					new ArticleChange("importer", ArticleSource.IMPORT, "imported"));
		}

		try (var all = store.repository.all()) {
			List<String> ids = all.map((stored) -> stored.id()).toList();
			assertThat(ids).hasSize(450).isSorted().startsWith("article-0000").endsWith("article-0449");
		}
	}

	@Test
	void reportsAnUnreachableElasticsearchWithItsAddress(@TempDir java.nio.file.Path home) {
		URI nowhere = URI.create("http://127.0.0.1:9");
		ElasticsearchConnection connection = new ElasticsearchConnection(ElasticsearchSettings.of(nowhere),
				new LocalElasticsearch(LocalElasticsearchProperties.of(9, home)));
		IndexNames names = new IndexNames("unreachable");
		ArticleRepository repository = ArticleStoreConfiguration.create(connection, names,
				new IndexLifecycle(connection, names, IndexSettings.defaults(), Clock.systemUTC()), (event) -> {
				}, Clock.systemUTC());

		assertThatThrownBy(() -> repository.save(article("a", "Text."), UI_EDIT))
			.isInstanceOf(ArticleStoreException.class)
			.hasMessageContaining("Elasticsearch at http://127.0.0.1:9 is not reachable");
		connection.close();
	}

	@Test
	void readsNothingForAnUnknownVersionNumber() {
		ArticleStoreFixture store = fixture();
		store.repository.save(article("a", "Text."), UI_EDIT);

		assertThat(store.repository.version("a", -1)).isEqualTo(Optional.empty());
		assertThat(store.repository.version("a", 2)).isEmpty();
	}

	private ArticleStoreFixture fixture() {
		ArticleStoreFixture fixture = new ArticleStoreFixture("article-repo");
		this.fixtures.add(fixture);
		return fixture;
	}

	static ArticleContent article(String id, String body) {
		return ArticleContent.builder(id, "Title of " + id, body).build();
	}

}

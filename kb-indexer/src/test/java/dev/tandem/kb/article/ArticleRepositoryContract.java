package dev.tandem.kb.article;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link ArticleRepository} keeps. An implementation's test (or *IT)
 * extends this class and supplies a fresh, empty repository.
 */
public abstract class ArticleRepositoryContract {

	protected abstract ArticleRepository emptyRepository();

	private static final ArticleChange IMPORT = new ArticleChange("alice", ArticleSource.IMPORT, "imported");

	private static final ArticleChange EDIT = new ArticleChange("bob", ArticleSource.UI, "clearer wording");

	@Test
	void savingANewIdCreatesVersionOne() {
		ArticleRepository repository = emptyRepository();
		ArticleContent content = article("refund-time", "Refunds take 5 days.");

		SaveResult result = repository.save(content, IMPORT);

		assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.CREATED);
		assertThat(result.version().number()).isEqualTo(1);
		assertThat(result.version().contentHash()).isEqualTo(content.contentHash());
		assertThat(result.version().author()).isEqualTo("alice");
		assertThat(result.version().source()).isEqualTo(ArticleSource.IMPORT);
		assertThat(repository.find("refund-time")).hasValueSatisfying((stored) -> {
			assertThat(stored.content()).isEqualTo(content);
			assertThat(stored.version()).isEqualTo(result.version());
		});
	}

	@Test
	void savingChangedContentMakesTheNextVersion() {
		ArticleRepository repository = emptyRepository();
		repository.save(article("refund-time", "Refunds take 5 days."), IMPORT);
		ArticleContent changed = article("refund-time", "Refunds take 3 days.");

		SaveResult result = repository.save(changed, EDIT);

		assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.UPDATED);
		assertThat(result.version().number()).isEqualTo(2);
		assertThat(result.version().changeSummary()).isEqualTo("clearer wording");
		assertThat(repository.find("refund-time").orElseThrow().content()).isEqualTo(changed);
		assertThat(repository.history("refund-time")).extracting(ArticleVersion::number).containsExactly(1, 2);
	}

	@Test
	void savingUnchangedContentStoresNothing() {
		ArticleRepository repository = emptyRepository();
		ArticleVersion first = repository.save(article("refund-time", "Refunds take 5 days."), IMPORT).version();

		SaveResult result = repository.save(article("refund-time", "Refunds take 5 days."), EDIT);

		assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.UNCHANGED);
		assertThat(result.version()).isEqualTo(first);
		assertThat(repository.history("refund-time")).hasSize(1);
	}

	@Test
	void savingSeveralAtOnceCreatesUpdatesAndLeavesUnchangedLikeSingleSaves() {
		ArticleRepository repository = emptyRepository();
		repository.save(article("kept", "Same."), IMPORT);
		repository.save(article("changed", "Before."), IMPORT);
		ArticleContent changed = article("changed", "After.");

		List<SaveAttempt> attempts = repository.saveAll(List.of(new ArticleSave(article("kept", "Same."), EDIT),
				new ArticleSave(changed, EDIT), new ArticleSave(article("new", "New."), EDIT)));

		assertThat(attempts).allSatisfy((attempt) -> assertThat(attempt.failure()).isEmpty());
		assertThat(attempts).extracting((attempt) -> attempt.result().orElseThrow().outcome())
			.containsExactly(SaveResult.Outcome.UNCHANGED, SaveResult.Outcome.UPDATED, SaveResult.Outcome.CREATED);
		assertThat(attempts.get(1).result().orElseThrow().version().number()).isEqualTo(2);
		assertThat(attempts.get(1).result().orElseThrow().version().author()).isEqualTo("bob");
		assertThat(repository.find("changed").orElseThrow().content()).isEqualTo(changed);
		assertThat(repository.find("new").orElseThrow().version().number()).isEqualTo(1);
		assertThat(repository.history("kept")).hasSize(1);
		assertThat(repository.history("changed")).extracting(ArticleVersion::number).containsExactly(1, 2);
	}

	@Test
	void keepsEveryVersionsContent() {
		ArticleRepository repository = emptyRepository();
		ArticleContent first = article("refund-time", "Refunds take 5 days.");
		ArticleContent second = first.withStatus(ArticleStatus.ARCHIVED);
		repository.save(first, IMPORT);
		repository.save(second, EDIT);

		assertThat(repository.version("refund-time", 1)).contains(first);
		assertThat(repository.version("refund-time", 2)).contains(second);
		assertThat(repository.version("refund-time", 3)).isEmpty();
		assertThat(repository.version("refund-time", 0)).isEmpty();
		assertThat(repository.version("unknown", 1)).isEmpty();
	}

	@Test
	void keepsContentWithoutLanguageAsGiven() {
		ArticleRepository repository = emptyRepository();
		ArticleContent content = article("no-language", "Text whose language is detected later.");
		repository.save(content, IMPORT);

		assertThat(repository.find("no-language").orElseThrow().content().language()).isEmpty();
		assertThat(repository.save(content, IMPORT).outcome()).isEqualTo(SaveResult.Outcome.UNCHANGED);
	}

	@Test
	void listsCurrentVersionsOrderedById() {
		ArticleRepository repository = emptyRepository();
		repository.save(article("b", "Second."), IMPORT);
		repository.save(article("a", "First."), IMPORT);
		repository.save(article("b", "Second, edited."), EDIT);

		try (Stream<StoredArticle> all = repository.all()) {
			List<StoredArticle> articles = all.toList();
			assertThat(articles).extracting(StoredArticle::id).containsExactly("a", "b");
			assertThat(articles.get(1).version().number()).isEqualTo(2);
		}
	}

	@Test
	void answersEmptyForUnknownIds() {
		ArticleRepository repository = emptyRepository();

		assertThat(repository.find("unknown")).isEmpty();
		assertThat(repository.history("unknown")).isEmpty();
	}

	@Test
	void stampsVersionsWithTheSaveTime() {
		ArticleRepository repository = emptyRepository();

		Instant createdAt = repository.save(article("a", "First."), IMPORT).version().createdAt();

		assertThat(createdAt).isNotNull();
		assertThat(repository.history("a").getFirst().createdAt()).isEqualTo(createdAt);
	}

	private static ArticleContent article(String id, String body) {
		return ArticleContent.builder(id, "Title of " + id, body).build();
	}

}

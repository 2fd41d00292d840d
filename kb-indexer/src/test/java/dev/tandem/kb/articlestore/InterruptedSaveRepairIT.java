package dev.tandem.kb.articlestore;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSave;
import dev.tandem.kb.article.ArticleSaved;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.SaveAttempt;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.articlestore.internal.ChangedFields;
import dev.tandem.kb.articlestore.internal.VersionDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.tandem.kb.articlestore.ElasticsearchArticleRepositoryIT.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save that stopped between its two writes (process killed, connection lost) left a
 * version document newer than the current document: the highest version wins at the next
 * read or save.
 */
class InterruptedSaveRepairIT {

	private static final ArticleChange EDIT = new ArticleChange("bob", ArticleSource.UI, "edit");

	private final ArticleStoreFixture store = new ArticleStoreFixture("repair");

	@AfterEach
	void deleteIndices() {
		this.store.close();
	}

	@Test
	void readingAnArticleMakesItsNewestRecordedVersionCurrent() throws Exception {
		this.store.repository.save(article("refund-time", "Refunds take 5 days."), EDIT);
		ArticleContent interrupted = article("refund-time", "Refunds take 3 days.");
		recordVersionOnly(interrupted, 2);

		Optional<StoredArticle> found = this.store.repository.find("refund-time");

		assertThat(found).map(StoredArticle::content).contains(interrupted);
		assertThat(found.get().version().number()).isEqualTo(2);
		assertThat(this.store.indices().current("refund-time"))
			.hasValueSatisfying((current) -> assertThat(current.document().body()).isEqualTo("Refunds take 3 days."));
		assertThat(this.store.events(ArticleSaved.class).getLast().article().version().number()).isEqualTo(2);
	}

	@Test
	void anInterruptedFirstSaveStillCreatesTheArticle() throws Exception {
		ArticleContent interrupted = article("new-article", "Only the version was written.");
		recordVersionOnly(interrupted, 1);

		assertThat(this.store.repository.find("new-article")).map(StoredArticle::content).contains(interrupted);
		assertThat(this.store.repository.history("new-article")).extracting(ArticleVersion::number).containsExactly(1);
	}

	@Test
	void savingAfterAnInterruptedSaveMakesTheVersionAfterIt() throws Exception {
		this.store.repository.save(article("refund-time", "Refunds take 5 days."), EDIT);
		recordVersionOnly(article("refund-time", "Refunds take 3 days."), 2);
		recordVersionOnly(article("refund-time", "Refunds take 2 days."), 3);

		SaveResult result = this.store.repository.save(article("refund-time", "Refunds take 1 day."), EDIT);

		assertThat(result.version().number()).isEqualTo(4);
		assertThat(this.store.repository.history("refund-time")).extracting(ArticleVersion::number)
			.containsExactly(1, 2, 3, 4);
		assertThat(this.store.repository.version("refund-time", 3)).map(ArticleContent::body)
			.contains("Refunds take 2 days.");
	}

	@Test
	void savingSeveralAtOnceAfterAnInterruptedSaveMakesTheVersionAfterIt() throws Exception {
		this.store.repository.save(article("refund-time", "Refunds take 5 days."), EDIT);
		recordVersionOnly(article("refund-time", "Refunds take 3 days."), 2);

		List<SaveAttempt> attempts = this.store.repository
			.saveAll(List.of(new ArticleSave(article("refund-time", "Refunds take 1 day."), EDIT),
					new ArticleSave(article("other", "Other."), EDIT)));

		assertThat(attempts).extracting((attempt) -> attempt.result().orElseThrow().version().number())
			.containsExactly(3, 1);
		assertThat(this.store.repository.history("refund-time")).extracting(ArticleVersion::number)
			.containsExactly(1, 2, 3);
		assertThat(this.store.repository.find("refund-time")).map((stored) -> stored.content().body())
			.contains("Refunds take 1 day.");
	}

	@Test
	void savingTheInterruptedContentAgainIsUnchanged() throws Exception {
		this.store.repository.save(article("refund-time", "Refunds take 5 days."), EDIT);
		ArticleContent interrupted = article("refund-time", "Refunds take 3 days.");
		recordVersionOnly(interrupted, 2);

		SaveResult result = this.store.repository.save(interrupted, EDIT);

		assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.UNCHANGED);
		assertThat(result.version().number()).isEqualTo(2);
	}

	@Test
	void listingShowsTheNewestRecordedVersion() throws Exception {
		this.store.repository.save(article("a", "First."), EDIT);
		recordVersionOnly(article("a", "First, edited."), 2);

		try (var all = this.store.repository.all()) {
			List<StoredArticle> articles = all.toList();
			assertThat(articles).singleElement()
				.satisfies((stored) -> assertThat(stored.content().body()).isEqualTo("First, edited."));
		}
	}

	/** What a save leaves when it stops after its first write. */
	private void recordVersionOnly(ArticleContent content, int number) throws Exception {
		this.store.repository.find(content.id()); // creates the indices on first use
		ArticleVersion version = ArticleVersion.of(content, number, EDIT, Instant.now().truncatedTo(ChronoUnit.MILLIS));
		assertThat(this.store.indices()
			.createVersion(VersionDocument.of(content, version, ChangedFields.between(Optional.empty(), content))))
			.isTrue();
	}

}

package dev.tandem.connector.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.tandem.connector.outcomes.MutableClock;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSaved;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.InMemoryArticleRepository;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleAnswersTest {

	private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

	private static final ArticleChange EDIT = new ArticleChange("km", ArticleSource.UI, "edit");

	private final MutableClock clock = new MutableClock(NOW);

	private final CountingArticles store = new CountingArticles(this.clock);

	private final ArticleAnswers answers = new ArticleAnswers(this.store, this.clock);

	@Test
	void readsAnArticleOncePerFreshnessWindowAndAgainAfterASave() {
		this.store.save(refunds("Refunds take 5 days."), EDIT);

		assertThat(this.answers.answerOf("refunds")).isEqualTo("Refunds take 5 days.");
		assertThat(this.answers.answerOf("refunds")).isEqualTo("Refunds take 5 days.");
		assertThat(this.store.reads.get()).isEqualTo(1);

		this.clock.advance(ArticleAnswers.FRESH_FOR);
		this.answers.answerOf("refunds");
		assertThat(this.store.reads.get()).isEqualTo(2);

		this.store.save(refunds("Refunds take 3 days."), EDIT);
		this.answers.on(new ArticleSaved(this.store.find("refunds").orElseThrow(), SaveResult.Outcome.UPDATED));
		assertThat(this.answers.answerOf("refunds")).isEqualTo("Refunds take 3 days.");
		assertThat(this.store.reads.get()).isEqualTo(4);
	}

	@Test
	void anArticleThatIsGoneHasNoAnswer() {
		Clock fixed = Clock.fixed(NOW, ZoneOffset.UTC);
		assertThat(new ArticleAnswers(new InMemoryArticleRepository(fixed), fixed).answerOf("missing")).isEmpty();
	}

	private static ArticleContent refunds(String answer) {
		return ArticleContent.builder("refunds", "Refunds", "How refunds work.").answer(answer).build();
	}

	private static final class CountingArticles extends InMemoryArticleRepository {

		private final AtomicInteger reads = new AtomicInteger();

		CountingArticles(Clock clock) {
			super(clock);
		}

		@Override
		public synchronized Optional<StoredArticle> find(String id) {
			this.reads.incrementAndGet();
			return super.find(id);
		}

	}

}

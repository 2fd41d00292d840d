package dev.tandem.kb.articlestore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.SaveResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.tandem.kb.articlestore.ElasticsearchArticleRepositoryIT.article;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentSavesIT {

	private static final int SAVES_PER_WRITER = 15;

	private final ArticleStoreFixture store = new ArticleStoreFixture("concurrent");

	@AfterEach
	void deleteIndices() {
		this.store.close();
	}

	@Test
	void twoWritersOfTheSameArticleLoseAndDuplicateNoVersion() throws Exception {
		this.store.repository.find("shared"); // indices exist before the race starts
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<SaveResult>>> writers = new ArrayList<>();
			for (String writer : List.of("alice", "bob")) {
				writers.add(pool.submit(() -> {
					start.await();
					List<SaveResult> results = new ArrayList<>();
					for (int i = 0; i < SAVES_PER_WRITER; i++) {
						results.add(this.store.repository.save(article("shared", writer + " wrote " + i),
								new ArticleChange(writer, ArticleSource.IMPORT, "edit " + i)));
					}
					return results;
				}));
			}
			start.countDown();
			List<SaveResult> results = new ArrayList<>();
			for (Future<List<SaveResult>> writer : writers) {
				results.addAll(writer.get());
			}

			int total = 2 * SAVES_PER_WRITER;
			assertThat(results).extracting((result) -> result.version().number())
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, total).boxed().toList());
			List<ArticleVersion> history = this.store.repository.history("shared");
			assertThat(history).extracting(ArticleVersion::number)
				.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, total).boxed().toList());
			assertThat(history).extracting(ArticleVersion::contentHash).doesNotHaveDuplicates();
			ArticleVersion last = history.getLast();
			assertThat(this.store.repository.find("shared")).hasValueSatisfying((current) -> {
				assertThat(current.version()).isEqualTo(last);
				assertThat(current.content().contentHash()).isEqualTo(last.contentHash());
			});
		}
		finally {
			pool.shutdownNow();
		}
	}

}

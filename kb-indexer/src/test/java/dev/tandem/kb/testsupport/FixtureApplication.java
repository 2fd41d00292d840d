package dev.tandem.kb.testsupport;

import java.time.Duration;

import dev.tandem.kb.KbIndexerApplication;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.retrieval.ArticleIndexingQueue;
import dev.tandem.kb.retrieval.HybridSearch;
import dev.tandem.kb.retrieval.RetrievalFixtures;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * The kb-indexer application as a user runs it, on indices of its own in the shared test
 * Elasticsearch, with the retrieval fixture articles saved through the article store and
 * indexed for search (46 example questions) before it is handed out.
 *
 * @param context the running application
 * @param names its index names
 */
public record FixtureApplication(ConfigurableApplicationContext context, IndexNames names) implements AutoCloseable {

	/**
	 * Starts the application and waits until the fixture articles are searchable.
	 * @param hint part of the index prefix, to tell the test's indices apart
	 * @return the running application
	 */
	public static FixtureApplication start(String hint) {
		IndexNames names = SharedElasticsearch.indexNames(hint);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(KbIndexerApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.elasticsearch.uris=" + SharedElasticsearch.uri(),
					"tandem.index-prefix=" + names.indexPrefix(), "logging.level.root=WARN")
			.run();
		ArticleRepository repository = context.getBean(ArticleRepository.class);
		RetrievalFixtures.articles()
			.forEach((article) -> repository.save(article, new ArticleChange("it", ArticleSource.IMPORT, "fixture")));
		ArticleIndexingQueue queue = context.getBean(ArticleIndexingQueue.class);
		HybridSearch search = context.getBean(HybridSearch.class);
		// the units index is created by the indexing thread while this one already polls:
		// tolerate its first moments
		await().atMost(Duration.ofMinutes(2))
			.ignoreExceptions()
			.until(() -> queue.pending() == 0 && search.exampleQuestions().size() == 46);
		return new FixtureApplication(context, names);
	}

	/** Stops the application and deletes its indices. */
	@Override
	public void close() {
		this.context.close();
		SharedElasticsearch.deleteIndices(this.names);
	}

}

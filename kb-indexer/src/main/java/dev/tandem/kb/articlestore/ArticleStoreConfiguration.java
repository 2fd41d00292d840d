package dev.tandem.kb.articlestore;

import java.time.Clock;
import java.util.List;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.articlestore.internal.ArticleIndices;
import dev.tandem.kb.articlestore.internal.StoreCalls;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexLifecycle;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.elasticsearch.ManagedIndex;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The article store: the {@link ArticleRepository} in Elasticsearch and its two indices,
 * which {@code kb-indexer reindex --store articles} rebuilds.
 */
@Configuration(proxyBeanMethods = false)
public class ArticleStoreConfiguration {

	/** Name of the store group on the command line ({@code reindex --store articles}). */
	public static final String GROUP = "articles";

	static final ManagedIndex ARTICLES = new ManagedIndex(GROUP, ArticleIndices.ARTICLES,
			"elasticsearch/articles.json");

	static final ManagedIndex VERSIONS = new ManagedIndex(GROUP, ArticleIndices.VERSIONS,
			"elasticsearch/article-versions.json");

	@Bean
	ManagedIndex articlesIndex() {
		return ARTICLES;
	}

	@Bean
	ManagedIndex articleVersionsIndex() {
		return VERSIONS;
	}

	@Bean
	ArticleRepository articleRepository(ElasticsearchConnection connection, IndexNames names, IndexLifecycle lifecycle,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		return create(connection, names, lifecycle, events, clock.getIfAvailable(Clock::systemUTC));
	}

	/**
	 * The repository without Spring (tests, tools).
	 * @param connection the cluster
	 * @param names index names
	 * @param lifecycle creates and checks the indices on first use
	 * @param events receives {@code ArticleSaved} and {@code ArticleStatusChanged}
	 * @param clock stamps versions
	 * @return the repository
	 */
	public static ElasticsearchArticleRepository create(ElasticsearchConnection connection, IndexNames names,
			IndexLifecycle lifecycle, ApplicationEventPublisher events, Clock clock) {
		ArticleIndices indices = new ArticleIndices(connection, names);
		StoreCalls calls = new StoreCalls(connection, lifecycle, List.of(ARTICLES, VERSIONS));
		return new ElasticsearchArticleRepository(indices, calls, new ArticleEvents(events), clock);
	}

}

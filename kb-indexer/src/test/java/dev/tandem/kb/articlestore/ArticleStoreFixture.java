package dev.tandem.kb.articlestore;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.tandem.kb.articlestore.internal.ArticleIndices;
import dev.tandem.kb.elasticsearch.IndexLifecycle;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.elasticsearch.IndexSettings;
import dev.tandem.kb.testsupport.SharedElasticsearch;

/**
 * An article store on the shared Elasticsearch with its own index prefix, and the events
 * it published. {@link #close()} deletes its indices.
 */
final class ArticleStoreFixture implements AutoCloseable {

	final IndexNames names;

	final IndexLifecycle lifecycle;

	final List<Object> events = new CopyOnWriteArrayList<>();

	final ElasticsearchArticleRepository repository;

	ArticleStoreFixture(String hint) {
		this(hint, IndexSettings.defaults());
	}

	ArticleStoreFixture(String hint, IndexSettings settings) {
		this.names = SharedElasticsearch.indexNames(hint);
		this.lifecycle = new IndexLifecycle(SharedElasticsearch.connection(), this.names, settings, Clock.systemUTC());
		this.repository = ArticleStoreConfiguration.create(SharedElasticsearch.connection(), this.names, this.lifecycle,
				this.events::add, Clock.systemUTC());
	}

	/** Direct access to the indices, to write what an interrupted save leaves behind. */
	ArticleIndices indices() {
		return new ArticleIndices(SharedElasticsearch.connection(), this.names);
	}

	<T> List<T> events(Class<T> type) {
		return this.events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	@Override
	public void close() {
		SharedElasticsearch.deleteIndices(this.names);
	}

}

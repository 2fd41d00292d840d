package dev.tandem.kb.retrieval;

import java.time.Clock;
import java.util.List;

import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.retrieval.internal.UnitsIndex;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Keeps {@code <prefix>-kb-units} in step with the articles: cuts each article into units
 * (title, example questions, body passages), analyses and embeds them, and bulk-writes
 * them, replacing the article's previous units. Archived articles lose their units;
 * drafts are indexed (the admin UI searches them) but only published articles answer.
 * <p>
 * Embedding dominates the cost, so while the models embed one chunk, the previous chunk's
 * bulk request is already on its way to Elasticsearch ({@link IndexingRun}).
 */
public class KnowledgeUnitIndexer {

	/**
	 * Units above which periodic refreshes are paused while writing (an import): a few
	 * saved articles are visible at once anyway, through the refresh that ends every
	 * indexing.
	 */
	static final int LARGE_WRITE = 500;

	private final UnitsIndex index;

	private final TextAnalyzer analyzer;

	private final TextEmbedder embedder;

	private final RetrievalSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public KnowledgeUnitIndexer(UnitsIndex index, TextAnalyzer analyzer, TextEmbedder embedder,
			RetrievalSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.index = index;
		this.analyzer = analyzer;
		this.embedder = embedder;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** Indexes the current version of stored articles. */
	public IndexingReport indexStored(List<StoredArticle> articles, IndexingProgress progress) {
		return index(articles.stream().map(StoredArticle::content).toList(),
				articles.stream().map((a) -> a.version().number()).toList(), progress);
	}

	/** Indexes article contents (no version known, e.g. an evaluation's throwaway KB). */
	public IndexingReport index(List<ArticleContent> articles, IndexingProgress progress) {
		return index(articles, articles.stream().map((a) -> 0).toList(), progress);
	}

	/** Removes every unit of an article. */
	public void remove(String articleId) {
		this.index.ensureExists();
		this.index.delete(this.index.unitIds(List.of(articleId)));
		this.index.refresh();
		this.events.publishEvent(new KnowledgeUnitsChanged(List.of(articleId)));
	}

	private IndexingReport index(List<ArticleContent> articles, List<Integer> versions, IndexingProgress progress) {
		IndexingRun run = startRun(progress);
		try {
			run.add(articles, versions);
			return run.finish(this.events::publishEvent);
		}
		finally {
			run.end();
		}
	}

	/**
	 * A run fed article by article (the indexing queue during an import); see
	 * {@link IndexingRun}.
	 */
	IndexingRun startRun(IndexingProgress progress) {
		return new IndexingRun(this.index, this.analyzer, this.embedder, this.settings, this.clock, progress);
	}

	/** Publishes what a run tells its listeners. */
	void publish(Object event) {
		this.events.publishEvent(event);
	}

}

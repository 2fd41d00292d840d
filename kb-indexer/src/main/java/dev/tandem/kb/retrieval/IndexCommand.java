package dev.tandem.kb.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.article.StoredArticle;
import picocli.CommandLine.Command;

import org.springframework.stereotype.Component;

/**
 * {@code kb-indexer index}: (re)builds every article's search units from the article
 * store, e.g. after a model or analysis change. Saving articles keeps units current by
 * itself; this is for catching up.
 */
@Component
@Command(name = "index", mixinStandardHelpOptions = true,
		description = "Re-index every article's search units (titles, example questions, passages) from the article store.")
public class IndexCommand implements Callable<Integer> {

	static final int CHUNK = 500;

	private final ArticleRepository articles;

	private final KnowledgeUnitIndexer indexer;

	public IndexCommand(ArticleRepository articles, KnowledgeUnitIndexer indexer) {
		this.articles = articles;
		this.indexer = indexer;
	}

	@Override
	public Integer call() {
		long start = System.nanoTime();
		int articleCount = 0;
		int units = 0;
		long texts = 0;
		try (Stream<StoredArticle> all = this.articles.all()) {
			List<StoredArticle> chunk = new ArrayList<>(CHUNK);
			for (StoredArticle article : (Iterable<StoredArticle>) all::iterator) {
				chunk.add(article);
				if (chunk.size() == CHUNK) {
					IndexingReport report = this.indexer.indexStored(chunk, IndexingProgress.none());
					articleCount += report.articles();
					units += report.units();
					texts += report.textsEmbedded();
					System.err.printf("%d articles indexed%n", articleCount);
					chunk.clear();
				}
			}
			IndexingReport report = this.indexer.indexStored(chunk, IndexingProgress.none());
			articleCount += report.articles();
			units += report.units();
			texts += report.textsEmbedded();
		}
		catch (ArticleStoreException | RetrievalException ex) {
			System.err.println("index failed: " + ex.getMessage());
			return 1;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "indexed %d articles, %d units in %.1f s (%.0f texts embedded/s)%n",
				articleCount, units, seconds, texts / Math.max(seconds, 1e-9));
		return 0;
	}

}

package dev.tandem.kb.retrieval;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.retrieval.internal.UnitDocument;
import dev.tandem.kb.retrieval.internal.UnitSplitter;
import dev.tandem.kb.retrieval.internal.UnitSplitter.PlannedUnit;
import dev.tandem.kb.retrieval.internal.UnitsIndex;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Keeps {@code <prefix>-kb-units} in step with the articles: cuts each article into units
 * (title, example questions, body passages), analyses and embeds them, and bulk-writes
 * them, replacing the article's previous units. Archived articles lose their units;
 * drafts are indexed (the admin UI searches them) but only published articles answer.
 * <p>
 * Embedding dominates the cost, so while the models embed one chunk, the previous chunk's
 * bulk request is already on its way to Elasticsearch.
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
		long start = System.nanoTime();
		this.index.ensureExists();
		UnitSplitter splitter = new UnitSplitter(this.settings.maxPassageChars());
		String indexedAt = this.clock.instant().toString();
		Map<Language, List<PendingUnit>> byLanguage = new EnumMap<>(Language.class);
		Set<String> keptIds = new HashSet<>();
		List<String> articleIds = new ArrayList<>();
		for (int i = 0; i < articles.size(); i++) {
			ArticleContent article = articles.get(i);
			articleIds.add(article.id());
			if (article.status() == ArticleStatus.ARCHIVED) {
				continue;
			}
			for (PlannedUnit unit : splitter.split(article)) {
				PendingUnit pending = new PendingUnit(article, versions.get(i), unit);
				byLanguage.computeIfAbsent(unit.language(), (l) -> new ArrayList<>()).add(pending);
				keptIds.add(UnitDocument.id(article.id(), unit.kind().name(), unit.ordinal()));
			}
		}
		int total = byLanguage.values().stream().mapToInt(List::size).sum();
		// Re-indexing an article whose texts did not change (an edited answer, a
		// re-import,
		// `kb-indexer index`) embeds nothing again: stored vectors are reused by text.
		Map<String, float[]> stored = this.index.vectorsByText(articleIds);
		long embedNanos = 0;
		long embeddedBefore = this.embedder.textsEmbedded();
		int done = 0;
		ExecutorService writer = Executors.newSingleThreadExecutor((r) -> new Thread(r, "kb-units-writer"));
		boolean large = total > LARGE_WRITE;
		if (large) {
			this.index.refreshInterval("-1");
		}
		try {
			Optional<Future<?>> pendingWrite = Optional.empty();
			for (Map.Entry<Language, List<PendingUnit>> entry : byLanguage.entrySet()) {
				List<PendingUnit> units = entry.getValue();
				for (int from = 0; from < units.size(); from += this.settings.embeddingChunk()) {
					List<PendingUnit> chunk = units.subList(from,
							Math.min(units.size(), from + this.settings.embeddingChunk()));
					long embedStart = System.nanoTime();
					List<float[]> vectors = vectors(chunk, entry.getKey(), stored);
					embedNanos += System.nanoTime() - embedStart;
					await(pendingWrite);
					// Tokenising and writing happen on the writer thread, while the model
					// embeds the next chunk.
					pendingWrite = Optional.of(writer.submit(() -> {
						List<UnitDocument> documents = new ArrayList<>(chunk.size());
						for (int j = 0; j < chunk.size(); j++) {
							documents.add(document(chunk.get(j), vectors.get(j), indexedAt));
						}
						this.index.write(documents);
					}));
					done += chunk.size();
					progress.progressed(done, total);
				}
			}
			await(pendingWrite);
		}
		finally {
			writer.shutdownNow();
			if (large) {
				restoreRefreshInterval();
			}
		}
		List<String> stale = this.index.unitIds(articleIds).stream().filter((id) -> !keptIds.contains(id)).toList();
		this.index.delete(stale);
		this.index.refresh();
		this.events.publishEvent(new KnowledgeUnitsChanged(articleIds));
		return new IndexingReport(articles.size(), total, this.embedder.textsEmbedded() - embeddedBefore,
				Duration.ofNanos(embedNanos), Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * The chunk's vectors: stored ones where the text is unchanged, the rest embedded.
	 */
	private List<float[]> vectors(List<PendingUnit> chunk, Language language, Map<String, float[]> stored) {
		int dimensions = this.embedder.dimensions(language);
		float[][] vectors = new float[chunk.size()][];
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < chunk.size(); i++) {
			float[] known = stored.get(UnitsIndex.textKey(language.tag(), chunk.get(i).unit().text()));
			if (known != null && known.length == dimensions) {
				vectors[i] = known;
			}
			else {
				missing.add(i);
			}
		}
		if (!missing.isEmpty()) {
			List<float[]> embedded = this.embedder
				.embedAll(missing.stream().map((i) -> chunk.get(i).unit().text()).toList(), language);
			for (int j = 0; j < missing.size(); j++) {
				vectors[missing.get(j)] = embedded.get(j);
			}
		}
		return List.of(vectors);
	}

	private UnitDocument document(PendingUnit pending, float[] vector, String indexedAt) {
		ArticleContent article = pending.article();
		PlannedUnit unit = pending.unit();
		List<String> tokens = this.analyzer.tokens(unit.text());
		boolean english = unit.language() == Language.ENGLISH;
		return new UnitDocument(UnitDocument.id(article.id(), unit.kind().name(), unit.ordinal()), article.id(),
				article.title(), pending.version(), unit.kind().name(), unit.ordinal(), unit.language().tag(),
				article.status().name(), article.category().orElse(null), unit.text(), String.join(" ", tokens),
				List.copyOf(new HashSet<>(tokens)), english ? vector : null, english ? null : vector, indexedAt);
	}

	private void restoreRefreshInterval() {
		try {
			this.index.refreshInterval("1s");
		}
		catch (RetrievalException ex) {
			// Keep the failure that got us here (or the refresh below reports the cluster
			// unreachable); the next large indexing sets the interval again.
		}
	}

	private static void await(Optional<Future<?>> write) {
		if (write.isEmpty()) {
			return;
		}
		try {
			write.get().get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RetrievalException retrieval) {
				throw retrieval;
			}
			throw new RetrievalException("Writing units failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RetrievalException("Interrupted while writing units", ex);
		}
	}

	private record PendingUnit(ArticleContent article, int version, PlannedUnit unit) {
	}

}

package dev.tandem.kb.retrieval;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.retrieval.internal.UnitDocument;
import dev.tandem.kb.retrieval.internal.UnitSplitter;
import dev.tandem.kb.retrieval.internal.UnitSplitter.PlannedUnit;
import dev.tandem.kb.retrieval.internal.UnitsIndex;

/**
 * One indexing run, fed articles as they come ({@link #add}) and ended once
 * ({@link #finish}). Units of all articles of the run wait in one queue per language and
 * are embedded in chunks of {@code embeddingChunk} across articles, so an import that
 * saves articles one by one still embeds in large batches, from its first seconds on.
 * While the model embeds one chunk, the previous chunk is tokenised and bulk-written on a
 * writer thread. Periodic refreshes are paused once the run is large; stale units are
 * deleted, the index refreshed and {@link KnowledgeUnitsChanged} published once, at the
 * end (so calibration does not start between the batches of an import).
 */
final class IndexingRun {

	private final UnitsIndex index;

	private final TextAnalyzer analyzer;

	private final TextEmbedder embedder;

	private final int chunkSize;

	private final UnitSplitter splitter;

	private final String indexedAt;

	private final IndexingProgress progress;

	private final long start = System.nanoTime();

	private final long embeddedBefore;

	private final ExecutorService writer = Executors.newSingleThreadExecutor((r) -> new Thread(r, "kb-units-writer"));

	private final Map<Language, List<PendingUnit>> waiting = new EnumMap<>(Language.class);

	/** The unit ids each article keeps: those of its latest version in this run. */
	private final Map<String, Set<String>> keptIds = new LinkedHashMap<>();

	private final Map<String, float[]> stored = new HashMap<>();

	private Optional<Future<?>> pendingWrite = Optional.empty();

	private boolean refreshPaused;

	private boolean ended;

	private long embedNanos;

	private int planned;

	private int done;

	IndexingRun(UnitsIndex index, TextAnalyzer analyzer, TextEmbedder embedder, RetrievalSettings settings, Clock clock,
			IndexingProgress progress) {
		this.index = index;
		this.analyzer = analyzer;
		this.embedder = embedder;
		this.chunkSize = settings.embeddingChunk();
		this.splitter = new UnitSplitter(settings.maxPassageChars());
		this.indexedAt = clock.instant().toString();
		this.progress = progress;
		this.embeddedBefore = embedder.textsEmbedded();
		index.ensureExists();
	}

	/**
	 * Plans the articles' units and embeds every full chunk that is waiting.
	 * @param articles the articles' current contents
	 * @param versions their version numbers (0 when unknown), same order
	 */
	void add(List<ArticleContent> articles, List<Integer> versions) {
		if (articles.isEmpty()) {
			return;
		}
		// Re-indexing an article whose texts did not change (an edited answer, a
		// re-import, `kb-indexer index`) embeds nothing again: stored vectors are reused
		// by text.
		this.stored.putAll(this.index.vectorsByText(articles.stream().map(ArticleContent::id).toList()));
		for (int i = 0; i < articles.size(); i++) {
			ArticleContent article = articles.get(i);
			Set<String> kept = new HashSet<>();
			this.keptIds.put(article.id(), kept);
			if (article.status() == ArticleStatus.ARCHIVED) {
				continue;
			}
			for (PlannedUnit unit : this.splitter.split(article)) {
				this.waiting.computeIfAbsent(unit.language(), (l) -> new ArrayList<>())
					.add(new PendingUnit(article, versions.get(i), unit));
				kept.add(UnitDocument.id(article.id(), unit.kind().name(), unit.ordinal()));
				this.planned++;
			}
		}
		if (!this.refreshPaused && this.planned > KnowledgeUnitIndexer.LARGE_WRITE) {
			this.index.refreshInterval("-1");
			this.refreshPaused = true;
		}
		embedWaiting(this.chunkSize);
	}

	/** Embeds what is waiting, also partial chunks (nothing else is coming right now). */
	void embedWaiting() {
		embedWaiting(1);
	}

	/** Units planned so far and units embedded and sent, for progress. */
	int planned() {
		return this.planned;
	}

	int done() {
		return this.done;
	}

	/**
	 * Embeds and writes what is left, deletes units the articles no longer have, makes
	 * everything searchable and tells listeners.
	 */
	IndexingReport finish(Consumer<Object> events) {
		try {
			embedWaiting(1);
			await();
		}
		finally {
			end();
		}
		List<String> articleIds = List.copyOf(this.keptIds.keySet());
		if (articleIds.isEmpty()) {
			// A run opened for an import that saved nothing (a dry run, all rejected).
			return new IndexingReport(0, 0, 0, Duration.ZERO, Duration.ofNanos(System.nanoTime() - this.start));
		}
		Set<String> kept = this.keptIds.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
		List<String> stale = this.index.unitIds(articleIds).stream().filter((id) -> !kept.contains(id)).toList();
		this.index.delete(stale);
		this.index.refresh();
		events.accept(new KnowledgeUnitsChanged(articleIds));
		return new IndexingReport(articleIds.size(), this.planned, this.embedder.textsEmbedded() - this.embeddedBefore,
				Duration.ofNanos(this.embedNanos), Duration.ofNanos(System.nanoTime() - this.start));
	}

	/**
	 * Stops the writer and restores periodic refreshes; safe to call more than once
	 * (after a failure, what was written stays; the next indexing of the articles
	 * completes them).
	 */
	void end() {
		if (this.ended) {
			return;
		}
		this.ended = true;
		this.writer.shutdownNow();
		if (this.refreshPaused) {
			try {
				this.index.refreshInterval("1s");
			}
			catch (RetrievalException ex) {
				// Keep the failure that got us here (or the refresh that follows reports
				// the cluster unreachable); the next large indexing sets it again.
			}
		}
	}

	private void embedWaiting(int minimum) {
		for (Map.Entry<Language, List<PendingUnit>> entry : this.waiting.entrySet()) {
			List<PendingUnit> units = entry.getValue();
			while (units.size() >= minimum && !units.isEmpty()) {
				List<PendingUnit> chunk = List.copyOf(units.subList(0, Math.min(units.size(), this.chunkSize)));
				units.subList(0, chunk.size()).clear();
				embedAndWrite(chunk, entry.getKey());
			}
		}
	}

	private void embedAndWrite(List<PendingUnit> chunk, Language language) {
		long embedStart = System.nanoTime();
		List<float[]> vectors = vectors(chunk, language);
		this.embedNanos += System.nanoTime() - embedStart;
		await();
		// Tokenising and writing happen on the writer thread, while the model embeds the
		// next chunk.
		this.pendingWrite = Optional.of(this.writer.submit(() -> {
			List<UnitDocument> documents = new ArrayList<>(chunk.size());
			for (int j = 0; j < chunk.size(); j++) {
				documents.add(document(chunk.get(j), vectors.get(j)));
			}
			this.index.write(documents);
		}));
		this.done += chunk.size();
		this.progress.progressed(this.done, this.planned);
	}

	/**
	 * The chunk's vectors: stored ones where the text is unchanged, the rest embedded.
	 */
	private List<float[]> vectors(List<PendingUnit> chunk, Language language) {
		int dimensions = this.embedder.dimensions(language);
		float[][] vectors = new float[chunk.size()][];
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < chunk.size(); i++) {
			float[] known = this.stored.get(UnitsIndex.textKey(language.tag(), chunk.get(i).unit().text()));
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

	private UnitDocument document(PendingUnit pending, float[] vector) {
		ArticleContent article = pending.article();
		PlannedUnit unit = pending.unit();
		List<String> tokens = this.analyzer.tokens(unit.text());
		boolean english = unit.language() == Language.ENGLISH;
		return new UnitDocument(UnitDocument.id(article.id(), unit.kind().name(), unit.ordinal()), article.id(),
				article.title(), pending.version(), unit.kind().name(), unit.ordinal(), unit.language().tag(),
				article.status().name(), article.category().orElse(null), unit.text(), String.join(" ", tokens),
				List.copyOf(new HashSet<>(tokens)), english ? vector : null, english ? null : vector, this.indexedAt);
	}

	private void await() {
		if (this.pendingWrite.isEmpty()) {
			return;
		}
		try {
			this.pendingWrite.get().get();
			this.pendingWrite = Optional.empty();
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

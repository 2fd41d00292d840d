package dev.tandem.kb.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.kb.article.ArticleSaved;
import dev.tandem.kb.article.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Re-indexes an article's units after the article store saved it ({@link ArticleSaved}).
 * <p>
 * Saves are only queued: a background worker indexes what accumulated in one batch (a
 * bulk import of a thousand articles embeds in large batches, which is several times
 * faster than article by article), at most {@link #MAX_BATCH} articles at a time, and
 * within {@link #IDLE_MILLIS} of the last save. When the process stops the queue is
 * drained first, so an import command's articles are searchable when it exits. A later
 * event for the same article replaces an earlier queued one (older versions are never
 * indexed over newer ones).
 */
public class ArticleIndexingQueue implements SmartLifecycle {

	/** Stops before calibration (which then sees the final units). */
	public static final int PHASE = Integer.MAX_VALUE - 1000;

	static final int MAX_BATCH = 256;

	static final long IDLE_MILLIS = 300;

	private static final Logger log = LoggerFactory.getLogger(ArticleIndexingQueue.class);

	private final KnowledgeUnitIndexer indexer;

	private final Map<String, StoredArticle> queued = new LinkedHashMap<>();

	private Thread worker;

	private volatile boolean running;

	public ArticleIndexingQueue(KnowledgeUnitIndexer indexer) {
		this.indexer = indexer;
	}

	@EventListener
	public void on(ArticleSaved event) {
		enqueue(event.article());
	}

	public void enqueue(StoredArticle article) {
		synchronized (this.queued) {
			StoredArticle previous = this.queued.get(article.id());
			if (previous == null || previous.version().number() <= article.version().number()) {
				this.queued.put(article.id(), article);
			}
			this.queued.notifyAll();
		}
		if (!this.running) {
			// No worker (e.g. the context is not started yet): index right away.
			drain();
		}
	}

	/** Indexes everything queued, in the calling thread. */
	public void drain() {
		List<StoredArticle> batch;
		while (!(batch = take()).isEmpty()) {
			index(batch);
		}
	}

	public int pending() {
		synchronized (this.queued) {
			return this.queued.size();
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = new Thread(this::work, "kb-units-indexing");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public void stop() {
		this.running = false;
		synchronized (this.queued) {
			this.queued.notifyAll();
		}
		if (this.worker != null) {
			try {
				this.worker.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		drain();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void work() {
		while (this.running) {
			List<StoredArticle> batch = awaitBatch();
			if (!batch.isEmpty()) {
				index(batch);
			}
		}
	}

	private List<StoredArticle> awaitBatch() {
		synchronized (this.queued) {
			try {
				while (this.running && this.queued.isEmpty()) {
					this.queued.wait();
				}
				// Let a burst of saves accumulate into one batch.
				int size;
				do {
					size = this.queued.size();
					this.queued.wait(IDLE_MILLIS);
				}
				while (this.running && this.queued.size() > size && this.queued.size() < MAX_BATCH);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running = false;
			}
		}
		return this.running ? take() : List.of();
	}

	private List<StoredArticle> take() {
		synchronized (this.queued) {
			List<StoredArticle> batch = new ArrayList<>(Math.min(MAX_BATCH, this.queued.size()));
			var entries = this.queued.entrySet().iterator();
			while (entries.hasNext() && batch.size() < MAX_BATCH) {
				batch.add(entries.next().getValue());
				entries.remove();
			}
			return batch;
		}
	}

	private void index(List<StoredArticle> batch) {
		try {
			this.indexer.indexStored(batch, IndexingProgress.none());
		}
		catch (RuntimeException ex) {
			log.warn("Indexing {} article(s) for search failed ({}); run 'kb-indexer index' to catch up", batch.size(),
					ex.getMessage());
		}
	}

}

package dev.tandem.kb.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.kb.article.ArticleSaved;
import dev.tandem.kb.article.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Re-indexes an article's units after the article store saved it ({@link ArticleSaved}).
 * <p>
 * Saves are only queued: a background worker indexes them in runs ({@link IndexingRun}).
 * A run starts with the first queued save and takes every save that arrives while it
 * works, so a bulk import of a thousand articles is embedded in large batches across
 * articles from its first seconds on (several times faster than article by article), and
 * ends {@link #IDLE_MILLIS} after the last save, or when an import that
 * {@link #holdOpen() holds it open} is done: then stale units are deleted, the index is
 * refreshed and calibration told, once. When the process stops the queue is drained
 * first, so an import command's articles are searchable when it exits. A later event for
 * the same article replaces an earlier queued one (older versions are never indexed over
 * newer ones).
 */
public class ArticleIndexingQueue implements SmartLifecycle {

	/** Stops before calibration (which then sees the final units). */
	public static final int PHASE = Integer.MAX_VALUE - 1000;

	static final int MAX_BATCH = 256;

	static final long IDLE_MILLIS = 300;

	private static final Logger log = LoggerFactory.getLogger(ArticleIndexingQueue.class);

	private final KnowledgeUnitIndexer indexer;

	/** Guarded by itself, like every field below that is not volatile. */
	private final Map<String, StoredArticle> queued = new LinkedHashMap<>();

	private int holds;

	private boolean runRequested;

	/** Whether the worker is in a run. */
	private boolean active;

	private long failures;

	private String lastFailure = "";

	private volatile int unitsDone;

	private volatile int unitsPlanned;

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

	/**
	 * Indexes everything queued: waits for the worker when it runs, else indexes in the
	 * calling thread.
	 */
	public void drain() {
		if (this.running) {
			awaitIdle(IndexingProgress.none());
			return;
		}
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

	/**
	 * Keeps the current run open until the returned hold is closed, also when saves pause
	 * (an import reading a large file): the import is then indexed in one run, refreshed
	 * and calibrated once.
	 * @return the hold; close it when the import has saved everything
	 */
	public Hold holdOpen() {
		synchronized (this.queued) {
			this.holds++;
			// Wake the worker: the run starts now, before the first save (once per hold:
			// a run that failed is not restarted until saves come).
			this.runRequested = true;
			this.queued.notifyAll();
			return new Hold(this.failures);
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
			Optional<List<StoredArticle>> first = awaitFirst();
			first.ifPresent(this::run);
		}
	}

	/**
	 * One run: takes saves as they come, until none came for a while and no hold is open.
	 * A run started by a hold (an import) begins before the first save: the index is
	 * ready by the time the first articles are.
	 */
	private void run(List<StoredArticle> first) {
		IndexingRun run = null;
		try {
			this.unitsDone = 0;
			this.unitsPlanned = 0;
			run = this.indexer.startRun(this::progressed);
			List<StoredArticle> batch = first;
			do {
				if (!batch.isEmpty()) {
					run.add(batch.stream().map(StoredArticle::content).toList(),
							batch.stream().map((a) -> a.version().number()).toList());
					this.unitsPlanned = run.planned();
				}
				batch = take();
				if (batch.isEmpty()) {
					// Nothing new: the model is free, so embed the partial chunks now.
					run.embedWaiting();
					batch = awaitMore();
				}
			}
			while (!batch.isEmpty());
			run.finish(this.indexer::publish);
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
		finally {
			if (run != null) {
				run.end();
			}
			synchronized (this.queued) {
				this.active = false;
				this.queued.notifyAll();
			}
		}
	}

	private void progressed(int done, int planned) {
		this.unitsDone = done;
		this.unitsPlanned = planned;
	}

	/**
	 * The first saves of a run (none yet when a hold started it); empty when stopping.
	 */
	private Optional<List<StoredArticle>> awaitFirst() {
		synchronized (this.queued) {
			try {
				while (this.running && this.queued.isEmpty() && !this.runRequested) {
					this.queued.wait();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running = false;
			}
			if (!this.running) {
				return Optional.empty();
			}
			this.active = true;
			this.runRequested = false;
			return Optional.of(take());
		}
	}

	/** The next saves of a run; empty when it is over. */
	private List<StoredArticle> awaitMore() {
		synchronized (this.queued) {
			long deadline = System.nanoTime() + IDLE_MILLIS * 1_000_000;
			try {
				while (this.running && this.queued.isEmpty()) {
					long left = (deadline - System.nanoTime()) / 1_000_000;
					if (left <= 0 && this.holds == 0) {
						break;
					}
					this.queued.wait(Math.max(left, IDLE_MILLIS));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running = false;
			}
			return take();
		}
	}

	/** Waits until nothing is queued and no run is active; tells progress meanwhile. */
	private void awaitIdle(IndexingProgress progress) {
		synchronized (this.queued) {
			while (this.running && (this.active || !this.queued.isEmpty())) {
				progress.progressed(this.unitsDone, this.unitsPlanned);
				try {
					this.queued.wait(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		if (!this.running) {
			drain();
		}
		progress.progressed(this.unitsPlanned, this.unitsPlanned);
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
			failed(ex);
		}
	}

	private void failed(RuntimeException ex) {
		log.warn("Indexing articles for search failed ({}); run 'kb-indexer index' to catch up", ex.getMessage());
		synchronized (this.queued) {
			this.failures++;
			this.lastFailure = String.valueOf(ex.getMessage());
		}
	}

	/**
	 * An import's hold on the current run ({@link #holdOpen()}).
	 */
	public final class Hold implements AutoCloseable {

		private final long failuresBefore;

		private boolean released;

		private Hold(long failuresBefore) {
			this.failuresBefore = failuresBefore;
		}

		/**
		 * Lets the run end and waits until everything saved so far is indexed.
		 * @param progress told units done and planned of the run while it waits
		 * @return why indexing failed since the hold was taken, if it did
		 */
		public Optional<String> awaitIndexed(IndexingProgress progress) {
			close();
			awaitIdle(progress);
			synchronized (ArticleIndexingQueue.this.queued) {
				return (ArticleIndexingQueue.this.failures > this.failuresBefore)
						? Optional.of(ArticleIndexingQueue.this.lastFailure) : Optional.empty();
			}
		}

		@Override
		public void close() {
			synchronized (ArticleIndexingQueue.this.queued) {
				if (!this.released) {
					this.released = true;
					ArticleIndexingQueue.this.holds--;
					ArticleIndexingQueue.this.queued.notifyAll();
				}
			}
		}

	}

}

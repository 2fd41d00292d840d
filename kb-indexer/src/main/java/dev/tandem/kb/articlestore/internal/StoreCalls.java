package dev.tandem.kb.articlestore.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.ElasticsearchFailure;
import dev.tandem.kb.elasticsearch.IndexLifecycle;
import dev.tandem.kb.elasticsearch.IndexLifecycleException;
import dev.tandem.kb.elasticsearch.ManagedIndex;

/**
 * Runs the store's Elasticsearch calls: makes sure the indices exist and have the
 * expected mappings before the first call (once per process, so that a command that never
 * touches articles never connects), waits out the short write block of a running
 * {@code reindex}, and turns every failure into an {@link ArticleStoreException} that
 * says what could not be done and why.
 */
public final class StoreCalls {

	/** How long a write waits for a reindex to switch its alias. */
	static final Duration WRITE_BLOCK_PATIENCE = Duration.ofSeconds(60);

	private final ElasticsearchConnection connection;

	private final IndexLifecycle lifecycle;

	private final List<ManagedIndex> indices;

	private volatile boolean ensured;

	public StoreCalls(ElasticsearchConnection connection, IndexLifecycle lifecycle, List<ManagedIndex> indices) {
		this.connection = connection;
		this.lifecycle = lifecycle;
		this.indices = List.copyOf(indices);
	}

	public <T> T run(String what, Call<T> call) {
		try {
			ensureIndices();
			return call.run();
		}
		catch (ArticleStoreException ex) {
			throw ex;
		}
		catch (IndexLifecycleException ex) {
			throw new ArticleStoreException("could not " + what + ": " + ex.getMessage(), ex);
		}
		catch (IOException | RuntimeException ex) {
			throw translate(what, ex);
		}
	}

	/**
	 * Like {@link #run}, but a call refused by a write block (a reindex switching its
	 * alias) is run again until it passes or {@link #WRITE_BLOCK_PATIENCE} is over. The
	 * call must be safe to repeat.
	 */
	public <T> T runRetryingWhileBlocked(String what, Call<T> call) {
		long deadline = System.nanoTime() + WRITE_BLOCK_PATIENCE.toNanos();
		long pauseMillis = 50;
		while (true) {
			try {
				return run(what, call);
			}
			catch (ArticleStoreException ex) {
				if (!ElasticsearchFailure.isWriteBlocked(ex) || System.nanoTime() > deadline) {
					throw ex;
				}
			}
			pause(pauseMillis);
			pauseMillis = Math.min(pauseMillis * 2, 1000);
		}
	}

	private void ensureIndices() {
		if (!this.ensured) {
			synchronized (this) {
				if (!this.ensured) {
					this.indices.forEach((index) -> this.lifecycle.ensure(index.store(), index.mappingResource()));
					this.ensured = true;
				}
			}
		}
	}

	private ArticleStoreException translate(String what, Exception ex) {
		Throwable cause = (ex instanceof UncheckedIOException unchecked) ? unchecked.getCause() : ex;
		if (ElasticsearchFailure.isUnreachable(cause)) {
			return new ArticleStoreException("could not " + what + ": Elasticsearch at " + this.connection.address()
					+ " is not reachable: " + ElasticsearchFailure.rootMessage(cause), cause);
		}
		if (ElasticsearchFailure.isWriteBlocked(cause)) {
			return new ArticleStoreException("could not " + what + ": the index is blocked for writes "
					+ "(a `kb-indexer reindex` that was interrupted? run it again)", cause);
		}
		if (cause instanceof IllegalArgumentException invalid) {
			return new ArticleStoreException(
					"could not " + what + ": a stored document is invalid: " + invalid.getMessage(), cause);
		}
		return new ArticleStoreException(
				"could not " + what + ": Elasticsearch failed: " + ElasticsearchFailure.rootMessage(cause), cause);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ArticleStoreException("interrupted while waiting for a reindex to finish", ex);
		}
	}

	@FunctionalInterface
	public interface Call<T> {

		T run() throws IOException;

	}

}

package dev.tandem.connector.store.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;

/**
 * Group commit: the writes of all threads go to Elasticsearch together, as one
 * {@code _bulk} request, instead of one request each. Elasticsearch syncs its translog to
 * disk once per shard and request, so a hundred single writes cost a hundred disk syncs
 * (and a hundred HTTP round trips), a bulk of a hundred costs one per index touched.
 * <p>
 * Each caller still blocks until its own item is acknowledged and gets its own item's
 * result: durability is the same as for a single request. There is no waiting for a batch
 * to fill: a write is sent at once when fewer than {@code maxInFlight} bulks are on their
 * way; only while they are do writes queue, and the next bulk takes all that queued (up
 * to {@code maxItems} and {@code maxBytes}). Under light load a bulk holds one item;
 * under heavy load the batches grow by themselves.
 */
public final class GroupCommit implements DocumentWriter {

	private static final AtomicInteger instances = new AtomicInteger();

	private final Supplier<ElasticsearchClient> client;

	private final int maxInFlight;

	private final int maxItems;

	private final long maxBytes;

	private final ThreadPoolExecutor senders;

	/** Writes waiting for a bulk; guarded by {@code this}. */
	private final ArrayDeque<PendingWrite> queue = new ArrayDeque<>();

	/** Senders started and not yet finished; guarded by {@code this}. */
	private int sending;

	private final LongAdder bulks = new LongAdder();

	private final LongAdder items = new LongAdder();

	/**
	 * @param client the Elasticsearch client (asked for each bulk: it connects lazily)
	 * @param maxInFlight bulk requests on their way at the same time
	 * @param maxItems writes per bulk at most
	 * @param maxBytes document bytes per bulk at most (a larger single document goes
	 * alone)
	 */
	public GroupCommit(Supplier<ElasticsearchClient> client, int maxInFlight, int maxItems, long maxBytes) {
		if (maxInFlight < 1 || maxItems < 1 || maxBytes < 1) {
			throw new IllegalArgumentException("maxInFlight, maxItems and maxBytes must be positive");
		}
		this.client = client;
		this.maxInFlight = maxInFlight;
		this.maxItems = maxItems;
		this.maxBytes = maxBytes;
		int instance = instances.incrementAndGet();
		AtomicInteger threads = new AtomicInteger();
		this.senders = new ThreadPoolExecutor(maxInFlight, maxInFlight, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task,
							"tandem-group-commit-" + instance + "-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.senders.allowCoreThreadTimeOut(true);
	}

	@Override
	public WriteOutcome write(WriteRequest request) {
		byte[] source;
		try {
			// serialised by the caller's thread: the senders only send
			source = DocumentJson.toBytes(request.document());
		}
		catch (RuntimeException ex) {
			return new WriteOutcome.Failed(ex);
		}
		PendingWrite pending = new PendingWrite(request, source);
		boolean startSender;
		synchronized (this) {
			this.queue.add(pending);
			startSender = this.sending < this.maxInFlight;
			if (startSender) {
				this.sending++;
			}
		}
		if (startSender) {
			try {
				this.senders.execute(this::sendWhileQueued);
			}
			catch (RejectedExecutionException ex) {
				synchronized (this) {
					this.sending--;
				}
				failQueued(new IllegalStateException("the store is closed", ex));
			}
		}
		return pending.await();
	}

	/** Writes waiting for the next bulk. */
	public synchronized int queued() {
		return this.queue.size();
	}

	/** Bulk requests sent so far. */
	public long bulks() {
		return this.bulks.sum();
	}

	/** Writes sent in them. */
	public long items() {
		return this.items.sum();
	}

	/**
	 * Stops the senders once the bulks on their way are answered; writes still queued are
	 * sent before.
	 */
	@Override
	public void close() {
		this.senders.shutdown();
	}

	private void sendWhileQueued() {
		boolean finished = false;
		try {
			List<PendingWrite> batch = nextBatch();
			while (!batch.isEmpty()) {
				send(batch);
				batch = nextBatch();
			}
			finished = true;
		}
		finally {
			if (!finished) {
				synchronized (this) {
					this.sending--;
				}
				failQueued(new IllegalStateException("the group commit sender stopped unexpectedly"));
			}
		}
	}

	/** The next batch, or none: then this sender has stopped (counted out). */
	private synchronized List<PendingWrite> nextBatch() {
		if (this.queue.isEmpty()) {
			this.sending--;
			return List.of();
		}
		List<PendingWrite> batch = new ArrayList<>(Math.min(this.queue.size(), this.maxItems));
		long bytes = 0;
		while (!this.queue.isEmpty() && batch.size() < this.maxItems) {
			PendingWrite next = this.queue.peek();
			if (!batch.isEmpty() && bytes + next.source().length > this.maxBytes) {
				break;
			}
			batch.add(this.queue.poll());
			bytes += next.source().length;
		}
		return batch;
	}

	private void send(List<PendingWrite> batch) {
		try {
			List<BulkOperation> operations = batch.stream().map(GroupCommit::operation).toList();
			BulkResponse response = this.client.get().bulk(BulkRequest.of((bulk) -> bulk.operations(operations)));
			this.bulks.increment();
			this.items.add(batch.size());
			List<BulkResponseItem> answers = response.items();
			if (answers.size() != batch.size()) {
				fail(batch, new IllegalStateException(
						"Elasticsearch answered " + answers.size() + " items to a bulk of " + batch.size()));
				return;
			}
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).complete(outcome(answers.get(i)));
			}
		}
		catch (IOException | RuntimeException ex) {
			fail(batch, ex);
		}
		finally {
			fail(batch, new IllegalStateException("the bulk request ended without an answer"));
		}
	}

	static WriteOutcome outcome(BulkResponseItem item) {
		if (item.error() == null && item.status() >= 200 && item.status() < 300) {
			return new WriteOutcome.Written((item.seqNo() != null) ? item.seqNo() : -1,
					(item.primaryTerm() != null) ? item.primaryTerm() : 0);
		}
		String type = (item.error() != null) ? item.error().type() : "status";
		String reason = (item.error() != null) ? item.error().reason() : "item answered " + item.status();
		BulkItemException failure = new BulkItemException(item.status(), type, reason);
		// 409: version_conflict_engine_exception, both for a create finding the id taken
		// and for a replace finding a newer version
		return (item.status() == 409) ? new WriteOutcome.Conflict(failure) : new WriteOutcome.Failed(failure);
	}

	private static BulkOperation operation(PendingWrite pending) {
		WriteRequest request = pending.request();
		BinaryData document = BinaryData.of(pending.source(), ContentType.APPLICATION_JSON);
		return switch (request.kind()) {
			case CREATE -> BulkOperation.of((operation) -> operation
				.create((create) -> create.index(request.index()).id(request.id().orElseThrow()).document(document)));
			case REPLACE -> BulkOperation.of((operation) -> operation.index((index) -> index.index(request.index())
				.id(request.id().orElseThrow())
				.ifSeqNo(request.ifSeqNo())
				.ifPrimaryTerm(request.ifPrimaryTerm())
				.document(document)));
			case PUT -> BulkOperation.of((operation) -> operation
				.index((index) -> index.index(request.index()).id(request.id().orElseThrow()).document(document)));
			case APPEND -> BulkOperation
				.of((operation) -> operation.index((index) -> index.index(request.index()).document(document)));
		};
	}

	private static void fail(List<PendingWrite> batch, Throwable cause) {
		batch.forEach((pending) -> pending.complete(new WriteOutcome.Failed(cause)));
	}

	private void failQueued(Throwable cause) {
		List<PendingWrite> queued;
		synchronized (this) {
			if (this.sending > 0) {
				// a running sender will take them
				return;
			}
			queued = new ArrayList<>(this.queue);
			this.queue.clear();
		}
		fail(queued, cause);
	}

}

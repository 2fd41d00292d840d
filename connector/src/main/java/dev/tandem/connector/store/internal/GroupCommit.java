package dev.tandem.connector.store.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * <p>
 * No threads of its own: a caller that finds a sending slot free sends the bulk itself,
 * so a lone write costs what a single request did, without a hand-over to another thread.
 * When its bulk is answered it wakes the caller first in the queue to send the next one,
 * and returns. Each waiting caller is woken once: with its result, or with its turn.
 */
public final class GroupCommit implements DocumentWriter {

	private final Supplier<ElasticsearchClient> client;

	private final int maxInFlight;

	private final int maxItems;

	private final long maxBytes;

	/** Writes waiting for a bulk; guarded by {@code this}. */
	private final ArrayDeque<PendingWrite> queue = new ArrayDeque<>();

	/**
	 * Callers holding a sending slot (sending a bulk or about to); guarded by
	 * {@code this}.
	 */
	private int sending;

	/** Guarded by {@code this}. */
	private boolean closed;

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
	}

	@Override
	public WriteOutcome write(WriteRequest request) {
		byte[] source;
		try {
			// serialised by the caller's thread, outside the lock
			source = DocumentJson.toBytes(request.document());
		}
		catch (RuntimeException ex) {
			return new WriteOutcome.Failed(ex);
		}
		PendingWrite own = new PendingWrite(request, source);
		boolean lead;
		synchronized (this) {
			if (this.closed) {
				return new WriteOutcome.Failed(new IllegalStateException("the store is closed"));
			}
			this.queue.add(own);
			lead = this.sending < this.maxInFlight;
			if (lead) {
				this.sending++;
				own.leading = true;
			}
		}
		while (true) {
			if (lead) {
				sendNextBatch(own);
			}
			Optional<WriteOutcome> outcome = own.await();
			if (outcome.isPresent()) {
				return outcome.get();
			}
			lead = true;
		}
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

	/** Refuses new writes; bulks on their way and writes already queued still go. */
	@Override
	public synchronized void close() {
		this.closed = true;
	}

	/**
	 * Sends the writes at the head of the queue as one bulk on the calling thread, then
	 * hands its sending slot to the caller now first in the queue (who sends the next
	 * bulk), or gives it up when nothing waits.
	 */
	private void sendNextBatch(PendingWrite leader) {
		// the bulk carries other callers' writes: an interrupt of this caller (a worker
		// stopping) must not make the client abandon theirs; it is kept for this caller
		boolean interrupted = Thread.interrupted();
		List<PendingWrite> batch = nextBatch();
		try {
			if (!batch.isEmpty()) {
				send(batch);
			}
		}
		finally {
			passOn(leader);
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private synchronized List<PendingWrite> nextBatch() {
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

	private synchronized void passOn(PendingWrite leader) {
		leader.leading = false;
		PendingWrite next = this.queue.peek();
		if (next == null || next.leading) {
			// nothing waits, or the first in the queue holds a slot already
			this.sending--;
			return;
		}
		next.takeTurn();
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

}

package dev.tandem.connector.store.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;

/**
 * Elasticsearch's bulk semantics in memory, at the transport: create refuses a taken id,
 * if_seq_no/if_primary_term must match the stored version, each item gets its own seq_no.
 * Bulks can be held (to let writes pile up behind them) and the node can be "down".
 */
class FakeBulkElasticsearch implements ElasticsearchTransport {

	private static final long PRIMARY_TERM = 1;

	private final Map<String, Long> versions = new HashMap<>();

	private final List<Integer> bulkSizes = new CopyOnWriteArrayList<>();

	private final List<String> senderThreads = new CopyOnWriteArrayList<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger mostInFlight = new AtomicInteger();

	private final AtomicInteger generatedIds = new AtomicInteger();

	private volatile Semaphore gate;

	private volatile boolean down;

	private long seqNo;

	ElasticsearchClient client() {
		return new ElasticsearchClient(this);
	}

	/** Bulks wait until {@link #release} lets them through, one permit each. */
	void hold() {
		this.gate = new Semaphore(0);
	}

	void release(int bulks) {
		this.gate.release(bulks);
	}

	/** Lets every bulk through from now on. */
	void open() {
		Semaphore held = this.gate;
		this.gate = null;
		if (held != null) {
			held.release(Integer.MAX_VALUE / 2);
		}
	}

	void down(boolean down) {
		this.down = down;
	}

	List<String> senderThreads() {
		return List.copyOf(this.senderThreads);
	}

	List<Integer> bulkSizes() {
		return List.copyOf(this.bulkSizes);
	}

	int inFlight() {
		return this.inFlight.get();
	}

	int mostInFlight() {
		return this.mostInFlight.get();
	}

	synchronized long storedSeqNo(String index, String id) {
		return this.versions.getOrDefault(index + "/" + id, -1L);
	}

	synchronized int documents() {
		return this.versions.size();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
			Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
		if (!(request instanceof BulkRequest bulk)) {
			throw new UnsupportedOperationException("only _bulk: " + request);
		}
		if (Thread.currentThread().isInterrupted()) {
			// as the real client: its synchronous call gives up on an interrupted thread
			throw new IOException("thread waiting for the response was interrupted");
		}
		this.senderThreads.add(Thread.currentThread().getName());
		int now = this.inFlight.incrementAndGet();
		this.mostInFlight.accumulateAndGet(now, Math::max);
		try {
			Semaphore held = this.gate;
			if (held != null) {
				held.acquireUninterruptibly();
			}
			if (this.down) {
				throw new ConnectException("Connection refused");
			}
			this.bulkSizes.add(bulk.operations().size());
			return (ResponseT) apply(bulk);
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	private synchronized BulkResponse apply(BulkRequest bulk) {
		List<BulkResponseItem> items = bulk.operations().stream().map(this::apply).toList();
		return BulkResponse.of((response) -> response.items(items)
			.errors(items.stream().anyMatch((item) -> item.error() != null))
			.took(1));
	}

	private BulkResponseItem apply(BulkOperation operation) {
		if (operation.isCreate()) {
			String key = operation.create().index() + "/" + operation.create().id();
			if (this.versions.containsKey(key)) {
				return conflict(OperationType.Create, operation.create().index(), operation.create().id(),
						"document already exists");
			}
			return written(OperationType.Create, operation.create().index(), operation.create().id(), key);
		}
		if (operation.isIndex()) {
			var index = operation.index();
			String id = (index.id() != null) ? index.id() : "generated-" + this.generatedIds.incrementAndGet();
			String key = index.index() + "/" + id;
			if (index.ifSeqNo() != null) {
				long stored = this.versions.getOrDefault(key, -1L);
				if (stored != index.ifSeqNo() || index.ifPrimaryTerm() != PRIMARY_TERM) {
					return conflict(OperationType.Index, index.index(), id,
							"required seqNo [" + index.ifSeqNo() + "], primary term [" + index.ifPrimaryTerm()
									+ "]. current document has seqNo [" + stored + "] and primary term [" + PRIMARY_TERM
									+ "]");
				}
			}
			return written(OperationType.Index, index.index(), id, key);
		}
		throw new UnsupportedOperationException(operation.toString());
	}

	private BulkResponseItem written(OperationType type, String index, String id, String key) {
		long assigned = this.seqNo++;
		this.versions.put(key, assigned);
		return BulkResponseItem.of((item) -> item.operationType(type)
			.index(index)
			.id(id)
			.status(201)
			.result("created")
			.seqNo(assigned)
			.primaryTerm(PRIMARY_TERM));
	}

	private static BulkResponseItem conflict(OperationType type, String index, String id, String reason) {
		return BulkResponseItem.of((item) -> item.operationType(type)
			.index(index)
			.id(id)
			.status(409)
			.error((error) -> error.type("version_conflict_engine_exception").reason("[" + id + "]: " + reason)));
	}

	@Override
	public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
			Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
		throw new UnsupportedOperationException();
	}

	@Override
	public JsonpMapper jsonpMapper() {
		return new JacksonJsonpMapper();
	}

	@Override
	public TransportOptions options() {
		return null;
	}

	@Override
	public void close() {
	}

}

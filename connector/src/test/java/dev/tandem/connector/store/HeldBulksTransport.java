package dev.tandem.connector.store;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;

/**
 * The real node's transport, with a hand on bulk requests: they can be held before they
 * leave (so writes pile up behind them, as under load) and are counted.
 */
final class HeldBulksTransport implements ElasticsearchTransport {

	private final ElasticsearchTransport real;

	private final List<Integer> bulkSizes = new CopyOnWriteArrayList<>();

	private final AtomicInteger waiting = new AtomicInteger();

	private volatile CountDownLatch gate = new CountDownLatch(0);

	HeldBulksTransport(ElasticsearchTransport real) {
		this.real = real;
	}

	ElasticsearchClient client() {
		return new ElasticsearchClient(this);
	}

	void hold() {
		this.gate = new CountDownLatch(1);
	}

	void open() {
		this.gate.countDown();
	}

	/** Bulks held before they left. */
	int waiting() {
		return this.waiting.get();
	}

	List<Integer> bulkSizes() {
		return List.copyOf(this.bulkSizes);
	}

	@Override
	public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
			Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
		if (request instanceof BulkRequest bulk) {
			this.waiting.incrementAndGet();
			try {
				this.gate.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			finally {
				this.waiting.decrementAndGet();
			}
			this.bulkSizes.add(bulk.operations().size());
		}
		return this.real.performRequest(request, endpoint, options);
	}

	@Override
	public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
			Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
		return this.real.performRequestAsync(request, endpoint, options);
	}

	@Override
	public JsonpMapper jsonpMapper() {
		return this.real.jsonpMapper();
	}

	@Override
	public TransportOptions options() {
		return this.real.options();
	}

	@Override
	public void close() {
	}

}

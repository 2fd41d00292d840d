package dev.tandem.connector.store;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.tandem.connector.store.internal.GroupCommit;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Group commit against the real node: writes of many threads sent in one bulk each get
 * their own item's result, exactly as single requests did (created, refused create,
 * version conflict, new version), nothing is lost under many concurrent writers, and an
 * unreachable node is reported to every waiting caller as
 * {@link StoreUnavailableException}.
 */
class GroupCommitIT {

	private static final String MAPPING = "/dev/tandem/connector/store/settings-mapping.json";

	private final ExecutorService callers = Executors.newCachedThreadPool();

	private final HeldBulksTransport transport = new HeldBulksTransport(
			SharedElasticsearch.connection().client()._transport());

	private volatile boolean down;

	private RestClient deadNode;

	private IndexNames names;

	private GroupCommit commit;

	private DocumentIndexes indexes;

	@BeforeEach
	void stores() throws Exception {
		this.names = SharedElasticsearch.indexNames("groupcommit");
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		this.deadNode = RestClient.builder(new HttpHost("127.0.0.1", closedPort, "http")).build();
		ElasticsearchClient dead = new ElasticsearchClient(
				new RestClientTransport(this.deadNode, new JacksonJsonpMapper()));
		ElasticsearchClient held = this.transport.client();
		this.commit = new GroupCommit(() -> this.down ? dead : held, 1, 500, 5_000_000);
		this.indexes = new DocumentIndexes(SharedElasticsearch.connection(), this.names, new StoreProperties(0),
				this.commit);
	}

	@AfterEach
	void cleanUp() throws Exception {
		this.transport.open();
		this.callers.shutdownNow();
		this.indexes.close();
		this.deadNode.close();
		SharedElasticsearch.deleteIndices(this.names);
	}

	@Test
	void eachWriteInAMixedBulkGetsItsOwnResult() throws Exception {
		DocumentIndex<Counter> counters = this.indexes.index("counters", MAPPING, Counter.class);
		DocumentIndex<Counter> log = this.indexes.index("log", MAPPING, Counter.class);
		counters.createIfAbsent("taken", new Counter("taken", 1));
		counters.put("changed", new Counter("changed", 1));
		Versioned<Counter> stale = counters.get("changed").orElseThrow();
		counters.replace(stale.with(new Counter("changed", 2)));
		counters.put("current", new Counter("current", 1));
		Versioned<Counter> current = counters.get("current").orElseThrow();
		this.transport.hold();
		Future<?> blocker = this.callers.submit(() -> counters.put("blocker", new Counter("blocker", 1)));
		await().until(() -> this.transport.waiting() == 1);

		Future<Boolean> createTaken = this.callers.submit(() -> counters.createIfAbsent("taken", new Counter("x", 9)));
		Future<Boolean> createNew = this.callers.submit(() -> counters.createIfAbsent("new", new Counter("new", 1)));
		Future<Versioned<Counter>> replaceStale = this.callers
			.submit(() -> counters.replace(stale.with(new Counter("changed", 99))));
		Future<Versioned<Counter>> replaceCurrent = this.callers
			.submit(() -> counters.replace(current.with(new Counter("current", 2))));
		Future<?> put = this.callers.submit(() -> counters.put("put", new Counter("put", 1)));
		Future<?> append = this.callers.submit(() -> log.append(new Counter("line", 1)));
		await().until(() -> this.commit.queued() == 6);
		this.transport.open();

		blocker.get();
		assertThat(createTaken.get()).isFalse();
		assertThat(createNew.get()).isTrue();
		assertThatThrownBy(replaceStale::get).hasCauseInstanceOf(VersionConflictException.class)
			.hasMessageContaining("changed was changed by another writer");
		Versioned<Counter> replaced = replaceCurrent.get();
		put.get();
		append.get();
		assertThat(this.transport.bulkSizes()).endsWith(1, 6);
		assertThat(counters.get("taken").orElseThrow().value()).isEqualTo(new Counter("taken", 1));
		assertThat(counters.get("new").orElseThrow().value()).isEqualTo(new Counter("new", 1));
		assertThat(counters.get("changed").orElseThrow().value()).isEqualTo(new Counter("changed", 2));
		Versioned<Counter> stored = counters.get("current").orElseThrow();
		assertThat(stored.value()).isEqualTo(new Counter("current", 2));
		assertThat(replaced.seqNo()).isEqualTo(stored.seqNo());
		assertThat(replaced.primaryTerm()).isEqualTo(stored.primaryTerm());
		assertThat(counters.get("put").orElseThrow().value()).isEqualTo(new Counter("put", 1));
		log.refresh();
		assertThat(log.count(Query.of((q) -> q.matchAll((all) -> all)))).isEqualTo(1);
		// the replaced version can be replaced again: its seq_no and term are the stored
		// ones
		counters.replace(replaced.with(new Counter("current", 3)));
	}

	@Test
	void manyThreadsWritingAtOnceLoseNoDocumentAndNoUpdate() throws Exception {
		DocumentIndex<Counter> counters = this.indexes.index("counters", MAPPING, Counter.class);
		counters.createIfAbsent("shared", new Counter("shared", 0));
		int threads = 16;
		int increments = 10;
		List<Future<?>> writers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			writers.add(this.callers.submit(() -> {
				for (int i = 0; i < increments; i++) {
					assertThat(counters.createIfAbsent(thread + "-" + i, new Counter(thread + "-" + i, i))).isTrue();
					increment(counters, "shared");
				}
			}));
		}
		for (Future<?> writer : writers) {
			writer.get();
		}

		assertThat(counters.get("shared").orElseThrow().value().count()).isEqualTo(threads * increments);
		counters.refresh();
		assertThat(counters.count(Query.of((q) -> q.matchAll((all) -> all)))).isEqualTo(threads * increments + 1);
		assertThat(this.commit.items())
			.isEqualTo(this.transport.bulkSizes().stream().mapToInt(Integer::intValue).sum());
	}

	@Test
	void everyWaitingWriterLearnsThatElasticsearchIsUnreachable() throws Exception {
		DocumentIndex<Counter> counters = this.indexes.index("counters", MAPPING, Counter.class);
		counters.put("before", new Counter("before", 1));
		this.transport.hold();
		Future<?> blocker = this.callers.submit(() -> counters.put("blocker", new Counter("blocker", 1)));
		await().until(() -> this.transport.waiting() == 1);
		List<Future<?>> queued = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String id = "queued-" + i;
			queued.add(this.callers.submit(() -> counters.createIfAbsent(id, new Counter(id, 1))));
		}
		await().until(() -> this.commit.queued() == 4);
		this.down = true;
		this.transport.open();

		blocker.get();
		for (Future<?> write : queued) {
			assertThatThrownBy(write::get).hasCauseInstanceOf(StoreUnavailableException.class)
				.hasMessageContaining("Elasticsearch failed to create");
		}
		assertThat(counters.get("queued-0")).isEqualTo(Optional.empty());
		this.down = false;
		assertThat(counters.createIfAbsent("queued-0", new Counter("queued-0", 1))).isTrue();
	}

	private static void increment(DocumentIndex<Counter> counters, String id) {
		while (true) {
			Versioned<Counter> read = counters.get(id).orElseThrow();
			try {
				counters.replace(read.with(new Counter(id, read.value().count() + 1)));
				return;
			}
			catch (VersionConflictException ex) {
				// another thread won: read again
			}
		}
	}

	record Counter(String name, int count) {
	}

}

package dev.tandem.kb.elasticsearch;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexLifecycleIT {

	private static final String V1 = "elasticsearch/test-notes-v1.json";

	private static final String V2 = "elasticsearch/test-notes-v2.json";

	private final IndexNames names = SharedElasticsearch.indexNames("lifecycle");

	private final IndexLifecycle lifecycle = lifecycle(20);

	private final ElasticsearchClient client = SharedElasticsearch.connection().client();

	@AfterEach
	void deleteIndices() {
		SharedElasticsearch.deleteIndices(this.names);
	}

	@Test
	void createsTheFirstIndexBehindTheAliasOnFirstUse() {
		assertThat(this.lifecycle.currentIndex("notes")).isEmpty();

		String index = this.lifecycle.ensure("notes", V1);

		assertThat(index).isEqualTo(this.names.versioned("notes", 1));
		assertThat(this.lifecycle.currentIndex("notes")).contains(index);
		assertThat(this.lifecycle.ensure("notes", V1)).isEqualTo(index);
	}

	@Test
	void processesRacingToCreateAStoreAllUseTheSameIndex() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> racers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				IndexLifecycle process = lifecycle(20);
				racers.add(pool.submit(() -> {
					start.await();
					return process.ensure("notes", V1);
				}));
			}
			start.countDown();
			for (Future<String> racer : racers) {
				assertThat(racer.get()).isEqualTo(this.names.versioned("notes", 1));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void refusesALiveIndexBuiltFromAnotherMapping() {
		this.lifecycle.ensure("notes", V1);

		assertThatThrownBy(() -> this.lifecycle.ensure("notes", V2)).isInstanceOf(IndexSchemaMismatchException.class)
			.hasMessageContaining("has schema version 1")
			.hasMessageContaining("expects version 2")
			.hasMessageContaining("run `kb-indexer reindex --store notes`");
	}

	@Test
	void acceptsTheSameMappingWrittenInAnotherOrder() {
		this.lifecycle.ensure("notes", V1);

		assertThat(this.lifecycle.ensure("notes", "elasticsearch/test-notes-reordered.json"))
			.isEqualTo(this.names.versioned("notes", 1));
	}

	@Test
	void rebuildCopiesEveryDocumentAndSwitchesTheAlias() throws IOException {
		this.lifecycle.ensure("notes", V1);
		for (int i = 0; i < 130; i++) {
			write("note-" + i, "text " + i);
		}
		List<RebuildStatus> progress = new ArrayList<>();

		RebuildResult result = this.lifecycle.rebuild("notes", V2, progress::add);

		String v1 = this.names.versioned("notes", 1);
		String v2 = this.names.versioned("notes", 2);
		assertThat(result.previousIndex()).contains(v1);
		assertThat(result.currentIndex()).isEqualTo(v2);
		assertThat(result.copied()).isEqualTo(130);
		assertThat(this.lifecycle.currentIndex("notes")).contains(v2);
		assertThat(this.lifecycle.ensure("notes", V2)).isEqualTo(v2);
		assertThat(count(v2)).isEqualTo(130);
		assertThat(count(v1)).as("the old index is kept for rollback").isEqualTo(130);
		assertThat(progress).filteredOn((status) -> status.phase() == RebuildStatus.Phase.COPYING)
			.extracting(RebuildStatus::copied)
			.contains(20L, 130L);
		assertThat(this.lifecycle.deleteRetired("notes")).containsExactly(v1);
		assertThat(this.client.indices().exists((e) -> e.index(v1)).value()).isFalse();
	}

	@Test
	void writesMadeDuringTheCopyAreKept() throws IOException {
		this.lifecycle.ensure("notes", V1);
		for (int i = 0; i < 60; i++) {
			write("note-" + i, "text " + i);
		}

		this.lifecycle.rebuild("notes", V2, (status) -> {
			if (status.phase() == RebuildStatus.Phase.COPYING && status.copied() == 20) {
				// Written through the alias, i.e. into the old index, while it is copied.
				write("note-59", "changed during the copy");
				write("late", "created during the copy");
			}
		});

		assertThat(text("note-59")).isEqualTo("changed during the copy");
		assertThat(text("late")).isEqualTo("created during the copy");
		assertThat(count(this.names.versioned("notes", 2))).isEqualTo(61);
	}

	@Test
	void writesBlockedWhileTheAliasSwitchesLandInTheNewIndex() throws Exception {
		this.lifecycle.ensure("notes", V1);
		write("note-1", "text");
		ExecutorService writer = Executors.newSingleThreadExecutor();
		AtomicReference<Future<Integer>> blockedWrite = new AtomicReference<>();
		AtomicReference<Throwable> firstAttempt = new AtomicReference<>();
		try {
			this.lifecycle.rebuild("notes", V2, (status) -> {
				if (status.phase() == RebuildStatus.Phase.SWITCHING && blockedWrite.get() == null) {
					try {
						write("switch", "written during the switch");
					}
					catch (RuntimeException ex) {
						firstAttempt.set(ex);
					}
					blockedWrite.set(writer.submit(writeRetryingWhileBlocked("switch", "written during the switch")));
				}
			});

			assertThat(firstAttempt.get()).matches(ElasticsearchFailure::isWriteBlocked, "is a write block");
			blockedWrite.get().get();
			assertThat(text("switch")).isEqualTo("written during the switch");
			assertThat(count(this.names.versioned("notes", 2))).isEqualTo(2);
		}
		finally {
			writer.shutdownNow();
		}
	}

	@Test
	void withoutAChangeTimestampWritesWaitForTheWholeCopy() throws IOException {
		this.lifecycle.ensure("notes", "elasticsearch/test-notes-no-timestamp.json");
		write("note-1", "text");
		AtomicReference<Throwable> refused = new AtomicReference<>();

		this.lifecycle.rebuild("notes", "elasticsearch/test-notes-no-timestamp.json", (status) -> {
			if (status.phase() == RebuildStatus.Phase.COPYING) {
				try {
					write("during", "refused");
				}
				catch (RuntimeException ex) {
					refused.set(ex);
				}
			}
		});

		assertThat(refused.get()).matches(ElasticsearchFailure::isWriteBlocked, "is a write block");
		write("after", "accepted");
		assertThat(text("after")).isEqualTo("accepted");
	}

	@Test
	void aFailedRebuildLeavesTheAliasAndTheOldIndexAsTheyWere() throws IOException {
		this.lifecycle.ensure("notes", V1);
		write("note-1", "text the narrow mapping does not accept");

		assertThatThrownBy(
				() -> this.lifecycle.rebuild("notes", "elasticsearch/test-notes-narrow.json", RebuildProgress.none()))
			.isInstanceOf(IndexLifecycleException.class)
			.hasMessageContaining("note-1");

		assertThat(this.lifecycle.currentIndex("notes")).contains(this.names.versioned("notes", 1));
		assertThat(exists(this.names.versioned("notes", 2))).as("half-built index deleted").isFalse();
		write("note-2", "the old index still takes writes");
		assertThat(text("note-2")).isEqualTo("the old index still takes writes");
	}

	@Test
	void rebuildingAStoreThatDoesNotExistCreatesIt() {
		RebuildResult result = this.lifecycle.rebuild("notes", V1, RebuildProgress.none());

		assertThat(result.previousIndex()).isEmpty();
		assertThat(result.currentIndex()).isEqualTo(this.names.versioned("notes", 1));
	}

	@Test
	void refusesAnIndexWhereTheAliasShouldBe() throws IOException {
		this.client.indices().create((c) -> c.index(this.names.alias("notes")));

		assertThatThrownBy(() -> this.lifecycle.ensure("notes", V1)).isInstanceOf(IndexLifecycleException.class)
			.hasMessageContaining("is an index, not an alias");
	}

	private IndexLifecycle lifecycle(int batchSize) {
		return new IndexLifecycle(SharedElasticsearch.connection(), this.names, new IndexSettings(1, 0, batchSize),
				Clock.systemUTC());
	}

	private void write(String id, String text) {
		try {
			this.client.index((i) -> i.index(this.names.alias("notes"))
				.id(id)
				.document(Map.of("text", text, "updated_at", Instant.now().toString())));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * A writer as IndexLifecycle asks writers to be: retries while the write block lasts.
	 */
	private Callable<Integer> writeRetryingWhileBlocked(String id, String text) {
		return () -> {
			for (int refused = 0;; refused++) {
				try {
					write(id, text);
					return refused;
				}
				catch (RuntimeException ex) {
					if (!ElasticsearchFailure.isWriteBlocked(ex)) {
						throw ex;
					}
					Thread.sleep(20);
				}
			}
		};
	}

	@SuppressWarnings("unchecked")
	private String text(String id) throws IOException {
		return (String) this.client.get((g) -> g.index(this.names.alias("notes")).id(id), Map.class)
			.source()
			.get("text");
	}

	private long count(String index) throws IOException {
		this.client.indices().refresh((r) -> r.index(index));
		return this.client.count((c) -> c.index(index)).count();
	}

	private boolean exists(String index) {
		try {
			return this.client.indices().exists((e) -> e.index(index)).value();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}

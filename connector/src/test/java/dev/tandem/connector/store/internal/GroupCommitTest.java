package dev.tandem.connector.store.internal;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GroupCommitTest {

	private static final String INDEX = "t-cases";

	private final FakeBulkElasticsearch elasticsearch = new FakeBulkElasticsearch();

	private final ExecutorService callers = Executors.newCachedThreadPool();

	private GroupCommit commit;

	@AfterEach
	void stop() {
		this.elasticsearch.open();
		this.callers.shutdownNow();
		if (this.commit != null) {
			this.commit.close();
		}
	}

	@Test
	void aWriteGoesAloneAndAtOnceWhenNoBulkIsInFlight() {
		this.commit = groupCommit(2, 500, 1_000_000);

		WriteOutcome outcome = this.commit.write(WriteRequest.put(INDEX, "1", new Note("first")));

		assertThat(outcome).isInstanceOf(WriteOutcome.Written.class);
		assertThat(this.elasticsearch.bulkSizes()).containsExactly(1);
	}

	@Test
	void theCallerSendsItsOwnBulkWithoutHandingItToAnotherThread() throws Exception {
		this.commit = groupCommit(2, 500, 1_000_000);
		Thread caller = new Thread(() -> this.commit.write(WriteRequest.put(INDEX, "1", new Note("first"))),
				"the-caller");
		caller.start();
		caller.join();

		assertThat(this.elasticsearch.senderThreads()).containsExactly("the-caller");
	}

	@Test
	void anInterruptedCallerStillSendsTheOthersWritesAndKeepsItsInterrupt() throws Exception {
		this.commit = groupCommit(1, 500, 1_000_000);
		Future<Boolean> interrupted = this.callers.submit(() -> {
			Thread.currentThread().interrupt();
			WriteOutcome outcome = this.commit.write(WriteRequest.put(INDEX, "interrupted", new Note("stopping")));
			return outcome instanceof WriteOutcome.Written && Thread.currentThread().isInterrupted();
		});

		assertThat(interrupted.get()).isTrue();
		assertThat(this.elasticsearch.storedSeqNo(INDEX, "interrupted")).isNotNegative();
	}

	@Test
	void writesArrivingWhileABulkIsInFlightGoTogetherInTheNextBulk() throws Exception {
		this.commit = groupCommit(1, 500, 1_000_000);
		this.elasticsearch.hold();
		Future<WriteOutcome> first = write(WriteRequest.put(INDEX, "first", new Note("first")));
		await().until(() -> this.elasticsearch.inFlight() == 1);
		List<Future<WriteOutcome>> queued = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			queued.add(write(WriteRequest.put(INDEX, "queued-" + i, new Note("queued " + i))));
		}
		await().until(() -> this.commit.queued() == 5);

		this.elasticsearch.open();

		assertThat(first.get()).isInstanceOf(WriteOutcome.Written.class);
		Set<Long> seqNos = new HashSet<>();
		for (Future<WriteOutcome> write : queued) {
			seqNos.add(((WriteOutcome.Written) write.get()).seqNo());
		}
		assertThat(seqNos).hasSize(5);
		assertThat(this.elasticsearch.bulkSizes()).containsExactly(1, 5);
		assertThat(this.commit.bulks()).isEqualTo(2);
		assertThat(this.commit.items()).isEqualTo(6);
	}

	@Test
	void eachCallerGetsItsOwnItemsResultFromAMixedBulk() throws Exception {
		this.commit = groupCommit(1, 500, 1_000_000);
		this.commit.write(WriteRequest.create(INDEX, "taken", new Note("original")));
		WriteOutcome.Written stale = (WriteOutcome.Written) this.commit
			.write(WriteRequest.put(INDEX, "changed", new Note("v1")));
		this.commit.write(WriteRequest.put(INDEX, "changed", new Note("v2 by someone else")));
		WriteOutcome.Written current = (WriteOutcome.Written) this.commit
			.write(WriteRequest.put(INDEX, "current", new Note("v1")));
		this.elasticsearch.hold();
		Future<WriteOutcome> blocker = write(WriteRequest.put(INDEX, "blocker", new Note("blocker")));
		await().until(() -> this.elasticsearch.inFlight() == 1);

		Future<WriteOutcome> createTaken = write(WriteRequest.create(INDEX, "taken", new Note("again")));
		Future<WriteOutcome> replaceStale = write(
				WriteRequest.replace(INDEX, "changed", new Note("v2 by me"), stale.seqNo(), stale.primaryTerm()));
		Future<WriteOutcome> replaceCurrent = write(
				WriteRequest.replace(INDEX, "current", new Note("v2"), current.seqNo(), current.primaryTerm()));
		Future<WriteOutcome> createNew = write(WriteRequest.create(INDEX, "new", new Note("new")));
		Future<WriteOutcome> append = write(WriteRequest.append(INDEX, new Note("log line")));
		await().until(() -> this.commit.queued() == 5);
		this.elasticsearch.open();

		assertThat(blocker.get()).isInstanceOf(WriteOutcome.Written.class);
		assertThat(createTaken.get()).isInstanceOfSatisfying(WriteOutcome.Conflict.class,
				(conflict) -> assertThat(conflict.cause()).hasMessageContaining("409")
					.hasMessageContaining("version_conflict_engine_exception"));
		assertThat(replaceStale.get()).isInstanceOf(WriteOutcome.Conflict.class);
		assertThat(replaceCurrent.get()).isInstanceOfSatisfying(WriteOutcome.Written.class,
				(written) -> assertThat(written.seqNo()).isEqualTo(this.elasticsearch.storedSeqNo(INDEX, "current"))
					.isGreaterThan(current.seqNo()));
		assertThat(createNew.get()).isInstanceOfSatisfying(WriteOutcome.Written.class,
				(written) -> assertThat(written.seqNo()).isEqualTo(this.elasticsearch.storedSeqNo(INDEX, "new")));
		assertThat(append.get()).isInstanceOf(WriteOutcome.Written.class);
		assertThat(this.elasticsearch.bulkSizes()).endsWith(1, 5);
	}

	@Test
	void manyThreadsWritingAtOnceLoseNothingAndNeverExceedTheBulksAllowedInFlight() throws Exception {
		this.commit = groupCommit(2, 500, 1_000_000);
		int threads = 32;
		int perThread = 50;
		List<Future<List<WriteOutcome>>> writers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			writers.add(this.callers.submit(() -> {
				List<WriteOutcome> outcomes = new ArrayList<>();
				for (int i = 0; i < perThread; i++) {
					outcomes.add(this.commit
						.write(WriteRequest.create(INDEX, thread + "-" + i, new Note("from " + thread + " #" + i))));
				}
				return outcomes;
			}));
		}

		for (Future<List<WriteOutcome>> writer : writers) {
			assertThat(writer.get()).hasSize(perThread).allMatch(WriteOutcome.Written.class::isInstance);
		}
		assertThat(this.elasticsearch.documents()).isEqualTo(threads * perThread);
		assertThat(this.elasticsearch.bulkSizes().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(threads * perThread);
		assertThat(this.elasticsearch.mostInFlight()).isLessThanOrEqualTo(2);
	}

	@Test
	void aBulkHoldsNoMoreThanTheItemCap() throws Exception {
		this.commit = groupCommit(1, 3, 1_000_000);
		this.elasticsearch.hold();
		List<Future<WriteOutcome>> writes = new ArrayList<>();
		writes.add(write(WriteRequest.put(INDEX, "blocker", new Note("blocker"))));
		await().until(() -> this.elasticsearch.inFlight() == 1);
		for (int i = 0; i < 7; i++) {
			writes.add(write(WriteRequest.put(INDEX, "queued-" + i, new Note("queued"))));
		}
		await().until(() -> this.commit.queued() == 7);

		this.elasticsearch.open();

		for (Future<WriteOutcome> write : writes) {
			assertThat(write.get()).isInstanceOf(WriteOutcome.Written.class);
		}
		assertThat(this.elasticsearch.bulkSizes()).containsExactly(1, 3, 3, 1);
	}

	@Test
	void aBulkHoldsNoMoreThanTheByteCapButALargerDocumentStillGoesAlone() throws Exception {
		int noteBytes = DocumentJson.toBytes(new Note("queued")).length;
		this.commit = groupCommit(1, 500, 2L * noteBytes);
		this.elasticsearch.hold();
		List<Future<WriteOutcome>> writes = new ArrayList<>();
		writes.add(write(WriteRequest.put(INDEX, "blocker", new Note("blocker"))));
		await().until(() -> this.elasticsearch.inFlight() == 1);
		for (int i = 0; i < 3; i++) {
			writes.add(write(WriteRequest.put(INDEX, "queued-" + i, new Note("queued"))));
		}
		await().until(() -> this.commit.queued() == 3);
		writes.add(write(WriteRequest.put(INDEX, "large", new Note("x".repeat(10 * noteBytes)))));
		await().until(() -> this.commit.queued() == 4);

		this.elasticsearch.open();

		for (Future<WriteOutcome> write : writes) {
			assertThat(write.get()).isInstanceOf(WriteOutcome.Written.class);
		}
		assertThat(this.elasticsearch.bulkSizes()).containsExactly(1, 2, 1, 1);
	}

	@Test
	void everyWaitingCallerLearnsThatElasticsearchIsDownAndWritesWorkAgainAfterwards() throws Exception {
		this.commit = groupCommit(1, 500, 1_000_000);
		this.elasticsearch.hold();
		this.elasticsearch.down(true);
		List<Future<WriteOutcome>> writes = new ArrayList<>();
		writes.add(write(WriteRequest.put(INDEX, "blocker", new Note("blocker"))));
		await().until(() -> this.elasticsearch.inFlight() == 1);
		for (int i = 0; i < 4; i++) {
			writes.add(write(WriteRequest.put(INDEX, "queued-" + i, new Note("queued"))));
		}
		await().until(() -> this.commit.queued() == 4);

		this.elasticsearch.open();

		for (Future<WriteOutcome> write : writes) {
			assertThat(write.get()).isInstanceOfSatisfying(WriteOutcome.Failed.class,
					(failed) -> assertThat(failed.cause()).isInstanceOf(ConnectException.class));
		}
		assertThat(this.elasticsearch.documents()).isZero();
		this.elasticsearch.down(false);
		assertThat(this.commit.write(WriteRequest.put(INDEX, "later", new Note("later"))))
			.isInstanceOf(WriteOutcome.Written.class);
	}

	@Test
	void aClosedGroupCommitRefusesWritesInsteadOfLeavingCallersWaiting() {
		this.commit = groupCommit(2, 500, 1_000_000);
		this.commit.close();

		assertThat(this.commit.write(WriteRequest.put(INDEX, "late", new Note("late")))).isInstanceOfSatisfying(
				WriteOutcome.Failed.class, (failed) -> assertThat(failed.cause()).hasMessageContaining("closed"));
	}

	private GroupCommit groupCommit(int maxInFlight, int maxItems, long maxBytes) {
		return new GroupCommit(this.elasticsearch::client, maxInFlight, maxItems, maxBytes);
	}

	private Future<WriteOutcome> write(WriteRequest request) {
		return this.callers.submit(() -> this.commit.write(request));
	}

	record Note(String text) {
	}

}

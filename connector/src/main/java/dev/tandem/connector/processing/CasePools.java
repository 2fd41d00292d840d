package dev.tandem.connector.processing;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link CaseWorker}'s threads: the ordinary lane and the priority lane, each a fixed
 * pool with a bounded queue (a full queue leaves the case to the sweep), and one timer
 * thread for the sweep and the catch-up poller.
 *
 * @param ordinary new tickets, retries, the sweep's finds
 * @param priority work a person waits for
 * @param timers the sweep and the catch-up poller
 */
record CasePools(ThreadPoolExecutor ordinary, ThreadPoolExecutor priority, ScheduledExecutorService timers) {

	static CasePools start(ProcessingProperties properties) {
		return new CasePools(pool(properties.threads(), properties.queue(), "tandem-case-"),
				pool(properties.priorityThreads(), properties.queue(), "tandem-priority-"),
				Executors.newSingleThreadScheduledExecutor((runnable) -> new Thread(runnable, "tandem-sweep")));
	}

	private static ThreadPoolExecutor pool(int threads, int queue, String name) {
		AtomicInteger count = new AtomicInteger();
		return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
				(runnable) -> new Thread(runnable, name + count.incrementAndGet()));
	}

	boolean ordinaryQueueFull() {
		return this.ordinary.getQueue().remainingCapacity() == 0;
	}

	/**
	 * Stops the timers at once and lets both lanes finish what they run and hold within
	 * {@code grace} (priority lane first), then interrupts them.
	 */
	void stop(Duration grace) {
		this.timers.shutdownNow();
		long deadline = System.nanoTime() + grace.toNanos();
		shutdown(this.priority, deadline);
		shutdown(this.ordinary, deadline);
	}

	private static void shutdown(ThreadPoolExecutor pool, long deadline) {
		pool.shutdown();
		try {
			if (!pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				pool.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			pool.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

}

package dev.tandem.connector.processing;

import java.time.Duration;

/**
 * Lets work a person waits for go first on a machine that is busy: while priority-lane
 * work is queued or running, ordinary work pauses before its next step (for at most
 * {@code maxPause} each time, so a steady stream of follow-ups cannot starve new
 * tickets). Both lanes share the same cores and the same Elasticsearch, so a separate
 * pool alone does not make a follow-up fast when new tickets keep every core busy.
 */
final class PriorityGate {

	private final long maxPauseNanos;

	private int urgent;

	PriorityGate(Duration maxPause) {
		this.maxPauseNanos = maxPause.toNanos();
	}

	/** Priority work was queued. */
	synchronized void entered() {
		this.urgent++;
	}

	/** Priority work ended (or was found taken by the other lane). */
	synchronized void left() {
		this.urgent = Math.max(0, this.urgent - 1);
		if (this.urgent == 0) {
			notifyAll();
		}
	}

	/**
	 * Ordinary work: waits while priority work is under way, at most the maximum pause.
	 */
	synchronized void yieldToPriority() {
		long deadline = System.nanoTime() + this.maxPauseNanos;
		try {
			while (this.urgent > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return;
				}
				wait(Math.max(1, left / 1_000_000));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

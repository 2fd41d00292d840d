package dev.tandem.connector.processing;

import java.time.Duration;

/**
 * Lets work a person waits for go first on a machine that is busy. Both lanes share the
 * same cores and the same Elasticsearch, whose queues know no priorities: a separate pool
 * alone does not make a follow-up fast when ordinary steps keep every core and
 * Elasticsearch's write queue busy. So while priority-lane work is queued or running, at
 * most {@code ordinaryWhileUrgent} ordinary steps run at a time (the others wait before
 * their next step, in particular before a triage's embedding and retrieval); at least one
 * always may, so a steady stream of follow-ups slows new tickets down but never stops
 * them. A waiting step goes on after {@code maxPause} in any case, well within its case's
 * lease.
 */
final class PriorityGate {

	private final int ordinaryWhileUrgent;

	private final long maxPauseNanos;

	private int urgent;

	private int ordinary;

	PriorityGate(int ordinaryWhileUrgent, Duration maxPause) {
		this.ordinaryWhileUrgent = Math.max(1, ordinaryWhileUrgent);
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
	 * Ordinary work, before a step: waits while priority work is under way and enough
	 * ordinary steps run already (at most the maximum pause). Each call is followed by
	 * one {@link #leaveOrdinary()}.
	 */
	synchronized void enterOrdinary() {
		long deadline = System.nanoTime() + this.maxPauseNanos;
		try {
			while (this.urgent > 0 && this.ordinary >= this.ordinaryWhileUrgent) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				wait(Math.max(1, left / 1_000_000));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.ordinary++;
	}

	/** An ordinary step ended. */
	synchronized void leaveOrdinary() {
		this.ordinary = Math.max(0, this.ordinary - 1);
		notifyAll();
	}

	/** Priority work queued or running (for tests and metrics). */
	synchronized int urgent() {
		return this.urgent;
	}

}

package dev.tandem.connector.processing;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A case's place in the queues: queued in one lane or both, run by whichever lane starts
 * it first (the other finds it taken and does nothing).
 */
final class QueueSlot {

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean urgent;

	QueueSlot(boolean urgent) {
		this.urgent = new AtomicBoolean(urgent);
	}

	boolean start() {
		return this.started.compareAndSet(false, true);
	}

	boolean isUrgent() {
		return this.urgent.get();
	}

	/**
	 * True when the case just moved to the priority lane (queued, not yet running).
	 */
	boolean promote() {
		return !this.started.get() && this.urgent.compareAndSet(false, true);
	}

}

package dev.tandem.connector.store.internal;

import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * A write waiting in the group commit, with its caller's thread parked until the write's
 * outcome is known or until it is the caller's turn to send the next bulk.
 */
final class PendingWrite {

	private final WriteRequest request;

	private final byte[] source;

	private final Thread caller = Thread.currentThread();

	private volatile WriteOutcome outcome;

	private volatile boolean turn;

	/** This caller holds a sending slot (guarded by the group commit's lock). */
	boolean leading;

	PendingWrite(WriteRequest request, byte[] source) {
		this.request = request;
		this.source = source;
	}

	WriteRequest request() {
		return this.request;
	}

	byte[] source() {
		return this.source;
	}

	/** The first outcome wins; later ones (a sender's safety net) are ignored. */
	synchronized void complete(WriteOutcome result) {
		if (this.outcome == null) {
			this.outcome = result;
			LockSupport.unpark(this.caller);
		}
	}

	/** Hands this caller the sending slot of a caller whose bulk is done. */
	void takeTurn() {
		this.leading = true;
		this.turn = true;
		LockSupport.unpark(this.caller);
	}

	/**
	 * Parks until the outcome is known (returned) or it is this caller's turn to send
	 * (empty). Not interruptible: the write is on its way, and its outcome is known
	 * within the client's socket timeout; the interrupt is kept for the caller.
	 */
	Optional<WriteOutcome> await() {
		boolean interrupted = false;
		while (this.outcome == null && !this.turn) {
			LockSupport.park(this);
			interrupted |= Thread.interrupted();
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		if (this.outcome != null) {
			return Optional.of(this.outcome);
		}
		this.turn = false;
		return Optional.empty();
	}

}

package dev.tandem.connector.store.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A write waiting in the group commit, with the caller blocked on its outcome.
 *
 * @param request what to write
 * @param source the document as JSON
 * @param outcome completed once, by the sender
 */
record PendingWrite(WriteRequest request, byte[] source, CompletableFuture<WriteOutcome> outcome) {

	PendingWrite(WriteRequest request, byte[] source) {
		this(request, source, new CompletableFuture<>());
	}

	/** The first outcome wins; later ones (a sender's safety net) are ignored. */
	void complete(WriteOutcome result) {
		this.outcome.complete(result);
	}

	WriteOutcome await() {
		try {
			return this.outcome.get();
		}
		catch (InterruptedException ex) {
			// the write may still be applied: the caller learns only that it is not known
			Thread.currentThread().interrupt();
			return new WriteOutcome.Failed(ex);
		}
		catch (ExecutionException ex) {
			return new WriteOutcome.Failed(ex.getCause());
		}
	}

}

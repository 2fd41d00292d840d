package dev.tandem.connector.actions;

import java.time.Instant;
import java.util.Optional;

/** What became of one attempt at an outbox action. */
public sealed interface ActionOutcome {

	/**
	 * Done in Jira (now, or by an earlier attempt whose result was not recorded).
	 *
	 * @param result what Jira returned, e.g. a comment id
	 * @param note how it was established
	 */
	record Done(Optional<String> result, String note) implements ActionOutcome {

	}

	/**
	 * Failed, may work later.
	 *
	 * @param notBefore when to try again
	 * @param error what went wrong
	 * @param outcomeUnknown whether Jira may have done it anyway (no answer, a server
	 * error)
	 */
	record Retry(Instant notBefore, String error, boolean outcomeUnknown) implements ActionOutcome {

	}

	/**
	 * Failed for good.
	 *
	 * @param error what went wrong, for the person who must fix it
	 */
	record Failed(String error) implements ActionOutcome {

	}

}

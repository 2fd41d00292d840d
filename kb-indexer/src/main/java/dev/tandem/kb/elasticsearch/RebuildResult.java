package dev.tandem.kb.elasticsearch;

import java.time.Duration;
import java.util.Optional;

/**
 * What {@link IndexLifecycle#rebuild} did.
 *
 * @param store the store
 * @param previousIndex the index the alias pointed to before, kept for rollback (empty
 * when the store did not exist yet and was just created)
 * @param currentIndex the index the alias points to now
 * @param copied documents copied by the full pass
 * @param caughtUp documents copied again because they were written during the copy
 * @param duration how long it took
 */
public record RebuildResult(String store, Optional<String> previousIndex, String currentIndex, long copied,
		long caughtUp, Duration duration) {

}

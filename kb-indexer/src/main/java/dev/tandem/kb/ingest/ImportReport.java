package dev.tandem.kb.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did.
 *
 * @param created articles created (would be, in a dry run)
 * @param updated articles given a new version
 * @param unchanged articles whose content was already stored
 * @param rejectedCount items rejected
 * @param rejected the rejected items (the first {@value #MAX_LISTED} of them)
 * @param skipped files passed over in the folders
 * @param warnings things worth knowing that rejected nothing
 * @param dryRun whether nothing was stored on purpose
 * @param abortedBecause why the import stopped before the end (the store failed), if it
 * did
 * @param elapsed how long it took
 */
public record ImportReport(long created, long updated, long unchanged, long rejectedCount, List<RejectedItem> rejected,
		List<SkippedFile> skipped, List<ImportWarning> warnings, boolean dryRun, Optional<String> abortedBecause,
		Duration elapsed) {

	/** Rejections kept in the report; all of them are passed to the listener. */
	public static final int MAX_LISTED = 10_000;

	public ImportReport {
		rejected = List.copyOf(rejected);
		skipped = List.copyOf(skipped);
		warnings = List.copyOf(warnings);
		Objects.requireNonNull(abortedBecause, "abortedBecause");
		Objects.requireNonNull(elapsed, "elapsed");
	}

	/**
	 * The contract's last line: {@code created N, updated N, unchanged N, rejected N}.
	 * @return the summary line
	 */
	public String summaryLine() {
		return "created " + this.created + ", updated " + this.updated + ", unchanged " + this.unchanged + ", rejected "
				+ this.rejectedCount;
	}

	/**
	 * @return 1 when anything was rejected or the import stopped early, 0 otherwise
	 */
	public int exitCode() {
		return (this.rejectedCount > 0 || this.abortedBecause.isPresent()) ? 1 : 0;
	}

}

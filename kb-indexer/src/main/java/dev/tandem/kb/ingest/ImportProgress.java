package dev.tandem.kb.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a running import is.
 *
 * @param currentFile the file being read, empty before the first and after the last
 * @param filesDone files read completely
 * @param filesTotal files to read
 * @param bytesDone bytes read (approximate within the current file)
 * @param bytesTotal bytes of all files
 * @param created articles created so far (would be, in a dry run)
 * @param updated articles updated so far
 * @param unchanged articles found unchanged so far
 * @param rejected items rejected so far
 * @param elapsed time since the import started
 */
public record ImportProgress(Optional<Path> currentFile, int filesDone, int filesTotal, long bytesDone, long bytesTotal,
		long created, long updated, long unchanged, long rejected, Duration elapsed) {

	public long itemsDone() {
		return this.created + this.updated + this.unchanged + this.rejected;
	}

	/**
	 * @return share of the bytes read, 0 to 1
	 */
	public double fractionDone() {
		if (this.bytesTotal <= 0) {
			return (this.filesTotal == 0) ? 1 : (double) this.filesDone / this.filesTotal;
		}
		return Math.min(1.0, (double) this.bytesDone / this.bytesTotal);
	}

	/**
	 * @return items per second since the start, 0 before the first measurable moment
	 */
	public double itemsPerSecond() {
		long millis = this.elapsed.toMillis();
		return (millis <= 0) ? 0 : itemsDone() * 1000.0 / millis;
	}

}

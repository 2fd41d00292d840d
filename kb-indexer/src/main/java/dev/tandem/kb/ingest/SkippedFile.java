package dev.tandem.kb.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file found in an imported folder that is not an article file (e.g. an image).
 *
 * @param file the file
 * @param reason why it was skipped
 */
public record SkippedFile(Path file, String reason) {

	public SkippedFile {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(reason, "reason");
	}

}

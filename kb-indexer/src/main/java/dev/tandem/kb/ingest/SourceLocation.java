package dev.tandem.kb.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where in the imported files something was found.
 *
 * @param file the file, as found from the path given to the import
 * @param line line number from 1, or 0 when the whole file is meant
 */
public record SourceLocation(Path file, long line) {

	public SourceLocation {
		Objects.requireNonNull(file, "file");
		if (line < 0) {
			throw new IllegalArgumentException("line numbers start at 1 (0 for the whole file), got " + line);
		}
	}

	public static SourceLocation wholeFile(Path file) {
		return new SourceLocation(file, 0);
	}

	public static SourceLocation line(Path file, long line) {
		return new SourceLocation(file, line);
	}

	/**
	 * Written like a compiler does: {@code docs/refund.md:12}, or only the file for the
	 * whole file.
	 */
	@Override
	public String toString() {
		return (this.line == 0) ? this.file.toString() : this.file + ":" + this.line;
	}

}

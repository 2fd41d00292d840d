package dev.tandem.admin.kb;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A name for an uploaded file inside the import's own temporary directory. The browser
 * sends whatever name it likes ({@code ../../etc/passwd}, {@code C:\boot.ini}, NUL bytes,
 * {@code ..}): only the last path segment is kept, every character other than letters,
 * digits, dot, dash and underscore becomes {@code _}, names made only of dots are
 * replaced, and the result is checked to lie inside the directory. The extension stays,
 * because the import chooses its reader by it.
 */
final class UploadedFileName {

	private static final Logger log = LoggerFactory.getLogger(UploadedFileName.class);

	static final String FALLBACK = "upload.jsonl";

	private static final int MAX_LENGTH = 120;

	private UploadedFileName() {
	}

	/** A safe file name for what the browser called {@code fileName}. */
	static String sanitise(String fileName) {
		if (fileName == null) {
			return FALLBACK;
		}
		String lastSegment = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		String name = lastSegment.replaceAll("[^\\p{L}\\p{N}._-]", "_");
		if (name.chars().allMatch((c) -> c == '.' || c == '_')) {
			return FALLBACK;
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name;
	}

	/**
	 * The file in {@code dir} for what the browser called {@code fileName}; never outside
	 * {@code dir}.
	 */
	static Path resolveIn(Path dir, String fileName) {
		String safe = sanitise(fileName);
		if (!safe.equals(fileName)) {
			log.info("Uploaded file name {} stored as {}", String.valueOf(fileName).replaceAll("\\p{Cntrl}", "?"),
					safe);
		}
		Path target = dir.resolve(safe).normalize();
		if (!target.getParent().equals(dir.normalize())) {
			// unreachable with the rules above; kept so that a later change cannot
			// silently write elsewhere
			throw new IllegalArgumentException("upload name " + fileName + " points outside the import folder");
		}
		return target;
	}

}

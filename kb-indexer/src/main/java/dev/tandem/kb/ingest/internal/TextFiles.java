package dev.tandem.kb.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Optional;

/**
 * Reads a whole file meant to be one article (Markdown, HTML) as text, within a size
 * limit and in strict UTF-8.
 */
final class TextFiles {

	private TextFiles() {
	}

	/**
	 * @param bytes the file's content, read within the limit
	 * @param text the decoded text (invalid sequences replaced)
	 * @param invalidAtLine line of the first invalid UTF-8 sequence, if any
	 */
	record Text(byte[] bytes, String text, Optional<Long> invalidAtLine) {

	}

	/**
	 * @return the text, or empty when the file is larger than {@code maxBytes}
	 */
	static Optional<byte[]> readBounded(InputStream in, long maxBytes) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
		return (bytes.length > maxBytes) ? Optional.empty() : Optional.of(bytes);
	}

	static Text decode(byte[] bytes) throws IOException {
		TrackingUtf8Reader reader = new TrackingUtf8Reader(new ByteArrayInputStream(bytes));
		StringWriter text = new StringWriter(bytes.length);
		reader.transferTo(text);
		String decoded = text.toString();
		Optional<Long> invalidAtLine = Optional.empty();
		if (reader.invalidSequences() > 0) {
			invalidAtLine = Optional.of(lineAt(decoded, (int) reader.firstInvalidAt()));
		}
		return new Text(bytes, decoded, invalidAtLine);
	}

	static long lineAt(String text, int offset) {
		long line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}

package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Buffered bytes with one byte of look-ahead and the current line number, for the JSON
 * splitters.
 */
final class ByteSource {

	private final InputStream in;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private long line = 1;

	ByteSource(InputStream in) {
		this.in = in;
	}

	/**
	 * The next byte without consuming it.
	 * @return the byte (0-255) or -1 at the end
	 */
	int peek() throws IOException {
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position] & 0xFF;
	}

	/**
	 * Consumes the next byte.
	 * @return the byte (0-255) or -1 at the end
	 */
	int read() throws IOException {
		int b = peek();
		if (b != -1) {
			this.position++;
			if (b == '\n') {
				this.line++;
			}
		}
		return b;
	}

	/**
	 * Line of the next byte, from 1.
	 */
	long line() {
		return this.line;
	}

	/**
	 * Consumes blanks and line ends.
	 * @return the next byte after them, not consumed, or -1 at the end
	 */
	int skipWhitespace() throws IOException {
		int b = peek();
		while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
			read();
			b = peek();
		}
		return b;
	}

	private boolean fill() throws IOException {
		int count = this.in.read(this.buffer, 0, this.buffer.length);
		while (count == 0) {
			count = this.in.read(this.buffer, 0, this.buffer.length);
		}
		this.position = 0;
		this.limit = Math.max(count, 0);
		return count > 0;
	}

}

package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one article in a JSON file, read straight from the file as an
 * {@link InputStream} for Jackson: one line of a JSON Lines file, or one element of a
 * JSON array (found by tracking brackets and strings). Nothing is buffered here, so an
 * article is held once, by the parser; past the size limit the segment reports its end to
 * the parser and {@link #drain()} skips the rest without keeping it.
 */
final class JsonSegment extends InputStream {

	private final ByteSource source;

	private final boolean wholeLine;

	private final long maxBytes;

	private long count;

	private boolean ended;

	private boolean endAfterCurrent;

	private boolean exceeded;

	private boolean unterminated;

	private boolean started;

	private boolean bareScalar;

	private boolean stringScalar;

	private int depth;

	private boolean inString;

	private boolean escaped;

	private JsonSegment(ByteSource source, boolean wholeLine, long maxBytes) {
		this.source = source;
		this.wholeLine = wholeLine;
		this.maxBytes = maxBytes;
	}

	/**
	 * The rest of the current line; the line end is consumed but not part of the segment.
	 */
	static JsonSegment line(ByteSource source, long maxBytes) {
		return new JsonSegment(source, true, maxBytes);
	}

	/**
	 * One JSON value starting at the next byte (which must not be a blank).
	 */
	static JsonSegment value(ByteSource source, long maxBytes) {
		return new JsonSegment(source, false, maxBytes);
	}

	@Override
	public int read() throws IOException {
		if (this.exceeded) {
			return -1;
		}
		int b = next();
		if (b != -1 && ++this.count > this.maxBytes) {
			this.exceeded = true;
			return -1;
		}
		return b;
	}

	@Override
	public int read(byte[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int n = 0;
		while (n < length) {
			int b = read();
			if (b == -1) {
				break;
			}
			target[offset + n++] = (byte) b;
		}
		return (n == 0) ? -1 : n;
	}

	/**
	 * Skips what the parser left of this segment, whatever its size.
	 */
	void drain() throws IOException {
		while (next() != -1) {
			// skipped, not kept
		}
	}

	boolean exceeded() {
		return this.exceeded;
	}

	/**
	 * Whether the file ended inside this value (an unclosed string, object or array).
	 */
	boolean unterminated() {
		return this.unterminated;
	}

	@Override
	public void close() {
		// The file stays open for the next segment.
	}

	private int next() throws IOException {
		if (this.ended) {
			return -1;
		}
		if (this.endAfterCurrent) {
			this.ended = true;
			return -1;
		}
		return this.wholeLine ? nextOfLine() : nextOfValue();
	}

	private int nextOfLine() throws IOException {
		int b = this.source.read();
		if (b == -1 || b == '\n') {
			this.ended = true;
			return -1;
		}
		return b;
	}

	private int nextOfValue() throws IOException {
		if (!this.started) {
			this.started = true;
			int b = this.source.read();
			if (b == '{' || b == '[') {
				this.depth = 1;
			}
			else if (b == '"') {
				this.inString = true;
				this.stringScalar = true;
			}
			else {
				this.bareScalar = true;
			}
			this.ended = (b == -1);
			return b;
		}
		if (this.bareScalar) {
			// true, false, null or a number: ends before a separator or blank, which
			// stays in the file.
			int b = this.source.peek();
			if (b == -1 || b == ',' || b == ']' || b == '}' || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
				this.ended = true;
				return -1;
			}
			return this.source.read();
		}
		int b = this.source.read();
		if (b == -1) {
			this.unterminated = true;
			this.ended = true;
			return -1;
		}
		track(b);
		return b;
	}

	private void track(int b) {
		if (this.inString) {
			if (this.escaped) {
				this.escaped = false;
			}
			else if (b == '\\') {
				this.escaped = true;
			}
			else if (b == '"') {
				this.inString = false;
				this.endAfterCurrent = this.stringScalar;
			}
		}
		else if (b == '"') {
			this.inString = true;
		}
		else if (b == '{' || b == '[') {
			this.depth++;
		}
		else if (b == '}' || b == ']') {
			this.depth--;
			this.endAfterCurrent = (this.depth == 0);
		}
	}

}

package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly but without giving up: an invalid byte sequence becomes U+FFFD
 * and is counted, so that a reader can reject just the record it falls in and go on with
 * the next.
 */
final class TrackingUtf8Reader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();

	private boolean endOfInput;

	private boolean done;

	private long invalidSequences;

	private long charsRead;

	private long firstInvalidAt = -1;

	TrackingUtf8Reader(InputStream in) {
		this.in = in;
	}

	/**
	 * How many invalid byte sequences were replaced so far.
	 */
	long invalidSequences() {
		return this.invalidSequences;
	}

	/**
	 * Offset in characters of the first replacement, -1 when there is none.
	 */
	long firstInvalidAt() {
		return this.firstInvalidAt;
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (this.done) {
			return -1;
		}
		CharBuffer out = CharBuffer.wrap(target, offset, length);
		while (out.position() == offset || (out.hasRemaining() && !this.done && this.bytes.hasRemaining())) {
			CoderResult result = this.decoder.decode(this.bytes, out, this.endOfInput);
			if (result.isError()) {
				if (!out.hasRemaining()) {
					break;
				}
				this.bytes.position(this.bytes.position() + result.length());
				if (this.firstInvalidAt < 0) {
					this.firstInvalidAt = this.charsRead + (out.position() - offset);
				}
				this.invalidSequences++;
				out.put('\uFFFD');
			}
			else if (result.isUnderflow()) {
				if (this.endOfInput) {
					this.decoder.flush(out);
					this.done = true;
					break;
				}
				this.bytes.compact();
				int n = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
				if (n > 0) {
					this.bytes.position(this.bytes.position() + n);
				}
				this.bytes.flip();
				this.endOfInput = (n == -1);
			}
			else {
				break;
			}
		}
		int produced = out.position() - offset;
		this.charsRead += produced;
		return (produced == 0 && this.done) ? -1 : produced;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}

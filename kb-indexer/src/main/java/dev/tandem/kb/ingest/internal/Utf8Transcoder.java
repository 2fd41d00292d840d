package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text from a {@link Reader} as UTF-8 bytes, streamed, so that every reader works on
 * UTF-8 whatever the file's encoding was.
 */
final class Utf8Transcoder extends InputStream {

	private final Reader reader;

	private final String sourceEncoding;

	private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final CharBuffer chars = CharBuffer.allocate(8192).flip();

	private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 16).flip();

	private boolean endOfInput;

	private boolean flushed;

	Utf8Transcoder(Reader reader, String sourceEncoding) {
		this.reader = reader;
		this.sourceEncoding = sourceEncoding;
	}

	@Override
	public int read() throws IOException {
		if (!this.bytes.hasRemaining() && !fill()) {
			return -1;
		}
		return this.bytes.get() & 0xFF;
	}

	@Override
	public int read(byte[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!this.bytes.hasRemaining() && !fill()) {
			return -1;
		}
		int n = Math.min(length, this.bytes.remaining());
		this.bytes.get(target, offset, n);
		return n;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

	private boolean fill() throws IOException {
		this.bytes.clear();
		try {
			while (this.bytes.position() == 0 && !this.flushed) {
				if (!this.endOfInput) {
					this.chars.compact();
					int n = this.reader.read(this.chars);
					this.chars.flip();
					this.endOfInput = (n == -1);
				}
				CoderResult result = this.encoder.encode(this.chars, this.bytes, this.endOfInput);
				if (result.isError()) {
					result.throwException();
				}
				if (this.endOfInput) {
					this.encoder.flush(this.bytes);
					this.flushed = true;
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new NotImportableException("invalid " + this.sourceEncoding + " text: save the file as UTF-8");
		}
		this.bytes.flip();
		return this.bytes.hasRemaining();
	}

}

package dev.tandem.kb.ingest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds out how a file's text is encoded and hands it on as UTF-8 bytes: a UTF-8 byte
 * order mark is dropped, UTF-16 with a byte order mark is converted, binary files are
 * refused. Invalid UTF-8 is found later, where the line or article it belongs to is
 * known.
 */
final class TextEncoding {

	private static final int SNIFF_BYTES = 8192;

	private TextEncoding() {
	}

	static InputStream asUtf8(InputStream raw) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES * 2);
		in.mark(SNIFF_BYTES);
		byte[] head = in.readNBytes(SNIFF_BYTES);
		in.reset();
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			in.skipNBytes(3);
			refuseBinary(head, 3);
			return in;
		}
		if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00) || startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
			throw new NotImportableException("UTF-32 text is not supported: save the file as UTF-8");
		}
		if (startsWith(head, 0xFE, 0xFF)) {
			in.skipNBytes(2);
			return transcode(in, StandardCharsets.UTF_16BE);
		}
		if (startsWith(head, 0xFF, 0xFE)) {
			in.skipNBytes(2);
			return transcode(in, StandardCharsets.UTF_16LE);
		}
		refuseBinary(head, 0);
		return in;
	}

	private static InputStream transcode(InputStream in, Charset charset) {
		InputStreamReader reader = new InputStreamReader(in,
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		return new Utf8Transcoder(reader, charset.displayName());
	}

	private static void refuseBinary(byte[] head, int from) throws NotImportableException {
		int zeros = 0;
		int firstZero = -1;
		for (int i = from; i < head.length; i++) {
			if (head[i] == 0) {
				zeros++;
				firstZero = (firstZero < 0) ? i : firstZero;
			}
		}
		if (zeros == 0) {
			return;
		}
		if (zeros * 3 >= (head.length - from)) {
			throw new NotImportableException("binary file, not text (NUL bytes from offset " + firstZero
					+ "); if it is UTF-16 text, save it as UTF-8 or with a byte order mark");
		}
		throw new NotImportableException("binary file, not text (NUL byte at offset " + firstZero + ")");
	}

	private static boolean startsWith(byte[] head, int... prefix) {
		if (head.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((head[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}

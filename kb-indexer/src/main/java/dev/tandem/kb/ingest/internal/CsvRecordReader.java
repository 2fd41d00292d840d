package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RFC 4180 records: fields separated by a delimiter, optionally in double quotes (a quote
 * inside written twice), quoted fields may span lines, records end with CRLF, LF or CR. A
 * record that breaks the rules is returned with its problem (and the reader continues at
 * the next line), a record over the size limit is returned marked oversized without its
 * text being kept.
 */
final class CsvRecordReader {

	private final PushbackReader in;

	private final char delimiter;

	private final long maxBytes;

	private long line = 1;

	CsvRecordReader(Reader in, char delimiter, long maxBytes) {
		this.in = new PushbackReader(in, 1);
		this.delimiter = delimiter;
		this.maxBytes = maxBytes;
	}

	/**
	 * @param line where the record starts
	 * @param fields its fields (empty when oversized)
	 * @param problem what breaks the format, if anything
	 * @param oversized whether it is larger than the limit
	 */
	record CsvRecord(long line, List<String> fields, Optional<String> problem, boolean oversized) {

		boolean isBlank() {
			return this.problem.isEmpty() && !this.oversized && this.fields.size() == 1 && this.fields.get(0).isEmpty();
		}

	}

	/**
	 * The next record, skipping empty lines.
	 * @return the record, empty at the end of the input
	 */
	Optional<CsvRecord> next() throws IOException {
		while (true) {
			Optional<CsvRecord> record = nextRecord();
			if (record.isEmpty() || !record.get().isBlank()) {
				return record;
			}
		}
	}

	private Optional<CsvRecord> nextRecord() throws IOException {
		int c = this.in.read();
		if (c == -1) {
			return Optional.empty();
		}
		this.in.unread(c);
		long start = this.line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		long bytes = 0;
		boolean oversized = false;
		while (true) {
			c = this.in.read();
			if (c == '"' && field.isEmpty()) {
				long quoteLine = this.line;
				Optional<String> problem = readQuoted(field);
				if (problem.isPresent()) {
					return Optional.of(new CsvRecord(start, List.of(), problem, false));
				}
				c = this.in.read();
				if (c != this.delimiter && c != '\n' && c != '\r' && c != -1) {
					skipRestOfLine();
					return Optional.of(new CsvRecord(start, List.of(),
							Optional.of("unexpected character '" + (char) c
									+ "' after the closing quote of a field (quoted at line " + quoteLine
									+ "); write a quote inside a quoted field as \"\""),
							false));
				}
			}
			else {
				while (c != this.delimiter && c != '\n' && c != '\r' && c != -1) {
					if (field.length() <= this.maxBytes) {
						field.append((char) c);
					}
					c = this.in.read();
				}
			}
			bytes += utf8Length(field) + 1;
			oversized |= bytes > this.maxBytes;
			fields.add(oversized ? "" : field.toString());
			field.setLength(0);
			if (c == this.delimiter) {
				continue;
			}
			endLine(c);
			return Optional.of(new CsvRecord(start, oversized ? List.of() : fields, Optional.empty(), oversized));
		}
	}

	/**
	 * Reads a quoted field after its opening quote, up to and including the closing
	 * quote.
	 */
	private Optional<String> readQuoted(StringBuilder field) throws IOException {
		long opened = this.line;
		long bytes = 0;
		while (true) {
			int c = this.in.read();
			if (c == -1) {
				return Optional
					.of("quoted field opened at line " + opened + " is not closed before the end of the file");
			}
			if (c == '"') {
				int after = this.in.read();
				if (after != '"') {
					if (after != -1) {
						this.in.unread(after);
					}
					return Optional.empty();
				}
			}
			if (c == '\n') {
				this.line++;
			}
			// Past the limit the text is no longer kept; the record is rejected as
			// oversized by the caller.
			bytes += utf8Length((char) c);
			if (bytes <= this.maxBytes + 1) {
				field.append((char) c);
			}
		}
	}

	private void endLine(int c) throws IOException {
		if (c == '\r') {
			int after = this.in.read();
			if (after != '\n' && after != -1) {
				this.in.unread(after);
			}
		}
		if (c != -1) {
			this.line++;
		}
	}

	private void skipRestOfLine() throws IOException {
		int c = this.in.read();
		while (c != '\n' && c != '\r' && c != -1) {
			c = this.in.read();
		}
		endLine(c);
	}

	private static long utf8Length(CharSequence text) {
		long length = 0;
		for (int i = 0; i < text.length(); i++) {
			length += utf8Length(text.charAt(i));
		}
		return length;
	}

	private static int utf8Length(char c) {
		if (c < 0x80) {
			return 1;
		}
		if (c < 0x800 || Character.isSurrogate(c)) {
			return 2;
		}
		return 3;
	}

}

package dev.tandem.kb.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads articles from CSV with a header row naming the import fields. {@code questions}
 * and {@code tags} hold several values separated by {@code |} ({@code \|} for a bar
 * inside a value). The delimiter is the one the header uses: comma, semicolon
 * (spreadsheets in many locales) or tab.
 */
final class CsvArticleReader {

	private static final int HEADER_SNIFF_CHARS = 64 * 1024;

	void read(InputStream utf8, ReadContext context) throws IOException {
		TrackingUtf8Reader decoder = new TrackingUtf8Reader(utf8);
		BufferedReader text = new BufferedReader(decoder, HEADER_SNIFF_CHARS + 1);
		char delimiter = sniffDelimiter(text);
		CsvRecordReader records = new CsvRecordReader(text, delimiter, context.maxArticleBytes());
		Optional<CsvRecordReader.CsvRecord> header = records.next();
		if (header.isEmpty()) {
			context.warn(0, "the file holds no articles");
			return;
		}
		Optional<List<String>> columns = columns(header.get(), context);
		if (columns.isEmpty()) {
			return;
		}
		for (Optional<CsvRecordReader.CsvRecord> next = records.next(); next.isPresent(); next = records.next()) {
			CsvRecordReader.CsvRecord record = next.get();
			// The decoder reads ahead of the records: an invalid sequence shows in the
			// record as U+FFFD.
			if (decoder.invalidSequences() > 0 && record.fields().stream().anyMatch((f) -> f.indexOf('\uFFFD') >= 0)) {
				context.reject(record.line(), "invalid UTF-8 in this record (save the file as UTF-8)");
			}
			else if (record.oversized()) {
				context.reject(record.line(), context.sizeLimitReason());
			}
			else if (record.problem().isPresent()) {
				context.reject(record.line(), "malformed CSV: " + record.problem().get());
			}
			else if (record.fields().size() != columns.get().size()) {
				context.reject(record.line(), "has " + record.fields().size() + " fields, the header has "
						+ columns.get().size() + " (a field with a delimiter or line break must be in double quotes)");
			}
			else {
				new ArticleFields(context, record.line(), false).assemble(toNode(columns.get(), record.fields()),
						Map.of());
			}
		}
	}

	private static Optional<List<String>> columns(CsvRecordReader.CsvRecord header, ReadContext context) {
		if (header.problem().isPresent() || header.oversized()) {
			context.reject(header.line(), "malformed CSV header: "
					+ header.problem().orElse("larger than the article size limit") + "; the file is not read");
			return Optional.empty();
		}
		List<String> columns = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String name : header.fields()) {
			String column = name.strip().toLowerCase(Locale.ROOT);
			if (!column.isEmpty() && !seen.add(column)) {
				context.reject(header.line(), "the header names column '" + column + "' twice; the file is not read");
				return Optional.empty();
			}
			columns.add(column);
		}
		for (String required : List.of("id", "title", "body")) {
			if (!seen.contains(required)) {
				context.reject(header.line(), "the header has no '" + required + "' column (it has: "
						+ String.join(", ", columns) + "); the file is not read");
				return Optional.empty();
			}
		}
		return Optional.of(columns);
	}

	private static ObjectNode toNode(List<String> columns, List<String> fields) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		for (int i = 0; i < columns.size(); i++) {
			String column = columns.get(i);
			String value = fields.get(i);
			if (column.isEmpty() || value.isBlank()) {
				continue;
			}
			if (column.equals("questions") || column.equals("tags")) {
				ArrayNode values = node.putArray(column);
				splitValues(value).forEach(values::add);
			}
			else {
				node.put(column, value);
			}
		}
		return node;
	}

	static List<String> splitValues(String value) {
		List<String> values = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == '|') {
				current.append('|');
				i++;
			}
			else if (c == '|') {
				values.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		values.add(current.toString());
		return values;
	}

	/**
	 * The delimiter the header row uses most, outside quotes.
	 */
	private static char sniffDelimiter(BufferedReader text) throws IOException {
		text.mark(HEADER_SNIFF_CHARS);
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < HEADER_SNIFF_CHARS; i++) {
			int c = text.read();
			if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
				break;
			}
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				commas += (c == ',') ? 1 : 0;
				semicolons += (c == ';') ? 1 : 0;
				tabs += (c == '\t') ? 1 : 0;
			}
		}
		text.reset();
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return (tabs > commas) ? '\t' : ',';
	}

}

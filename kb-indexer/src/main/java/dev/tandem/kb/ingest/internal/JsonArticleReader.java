package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads articles from JSON Lines (one object a line), a JSON array of objects, or objects
 * one after the other (a {@code .json} file holding one pretty-printed object). Each
 * article is split off the byte stream first ({@link JsonSegment}) and then parsed by
 * Jackson on its own: a malformed or oversized article is rejected and the next one is
 * read; an article is never held in memory beyond the size limit.
 */
final class JsonArticleReader {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/**
	 * @param utf8 the file's bytes in UTF-8 without a byte order mark
	 * @param context the file
	 * @param jsonLines whether the file is meant as JSON Lines ({@code .jsonl}): then
	 * each line is one article unless the file starts with {@code [}
	 */
	void read(InputStream utf8, ReadContext context, boolean jsonLines) throws IOException {
		ByteSource source = new ByteSource(utf8);
		int first = source.skipWhitespace();
		if (first == -1) {
			context.warn(0, "the file holds no articles");
		}
		else if (first == '[') {
			source.read();
			readArray(source, context);
		}
		else if (jsonLines) {
			readLines(source, context);
		}
		else {
			readValues(source, context);
		}
	}

	private void readLines(ByteSource source, ReadContext context) throws IOException {
		while (source.skipWhitespace() != -1) {
			long line = source.line();
			JsonSegment segment = JsonSegment.line(source, context.maxArticleBytes());
			parse(segment, line, context);
		}
	}

	private void readValues(ByteSource source, ReadContext context) throws IOException {
		while (source.skipWhitespace() != -1) {
			long line = source.line();
			JsonSegment segment = JsonSegment.value(source, context.maxArticleBytes());
			parse(segment, line, context);
			if (segment.unterminated()) {
				context.reject(line, "the JSON value starting here is not closed before the end of the file");
				return;
			}
		}
	}

	private void readArray(ByteSource source, ReadContext context) throws IOException {
		int next = source.skipWhitespace();
		while (next != ']') {
			if (next == -1) {
				context.reject(source.line(), "the file ends before the JSON array is closed with ']'");
				return;
			}
			long line = source.line();
			JsonSegment segment = JsonSegment.value(source, context.maxArticleBytes());
			parse(segment, line, context);
			if (segment.unterminated()) {
				context.reject(line,
						"the JSON value starting here is not closed before the end of the file; the rest of the file is not read");
				return;
			}
			next = source.skipWhitespace();
			if (next == ',') {
				source.read();
				next = source.skipWhitespace();
			}
			else if (next != ']' && next != -1) {
				context.reject(source.line(), "expected ',' or ']' after the article starting at line " + line
						+ ", found '" + (char) next + "'; the rest of the file is not read");
				return;
			}
		}
		source.read();
		if (source.skipWhitespace() != -1) {
			context.warn(source.line(), "content after the closing ']' of the JSON array is ignored");
		}
	}

	private void parse(JsonSegment segment, long line, ReadContext context) throws IOException {
		JsonNode node = null;
		String error = null;
		try {
			node = MAPPER.readTree(segment);
		}
		catch (JacksonException ex) {
			error = describe(ex, line);
		}
		segment.drain();
		if (segment.exceeded()) {
			context.reject(line, context.sizeLimitReason());
		}
		else if (error != null) {
			context.reject(line, error);
		}
		else if (node == null || node.isMissingNode()) {
			context.reject(line, "no JSON value");
		}
		else {
			new ArticleFields(context, line, false).assemble(node, Map.of());
		}
	}

	private static String describe(JacksonException ex, long startLine) {
		String message = ex.getOriginalMessage();
		int lineEnd = message.indexOf('\n');
		if (lineEnd > 0) {
			message = message.substring(0, lineEnd);
		}
		if (message.length() > 200) {
			message = message.substring(0, 200) + "…";
		}
		boolean encoding = message.contains("UTF-8") || message.contains("UTF8");
		StringBuilder reason = new StringBuilder(
				encoding ? "invalid UTF-8 (save the file as UTF-8)" : "malformed JSON");
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getLineNr() > 0) {
			if (location.getLineNr() > 1) {
				reason.append(" at line ").append(startLine + location.getLineNr() - 1).append(',');
			}
			reason.append(" at column ").append(location.getColumnNr());
		}
		return reason.append(": ").append(message).toString();
	}

}

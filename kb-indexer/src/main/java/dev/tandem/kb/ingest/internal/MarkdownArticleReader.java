package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.tandem.kb.article.ArticleId;

/**
 * Reads one article from a Markdown file: fields from YAML front matter between
 * {@code ---} lines, the body is the text after it. Without a {@code title} field the
 * first {@code # heading} is the title (and leaves the body); without an {@code id} the
 * path relative to the imported folder is the id.
 */
final class MarkdownArticleReader {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final Pattern FRONT_MATTER_END = Pattern.compile("(?m)^(---|\\.\\.\\.)[ \\t]*$");

	private static final Pattern FIRST_HEADING = Pattern
		.compile("\\A\\s*(?:#[ \\t]+(.+?)[ \\t#]*|([^\\n]+)\\n=+[ \\t]*)(?:\\n|\\z)");

	void read(InputStream utf8, ReadContext context) throws IOException {
		Optional<byte[]> bytes = TextFiles.readBounded(utf8, context.maxArticleBytes());
		if (bytes.isEmpty()) {
			context.reject(0, context.sizeLimitReason());
			return;
		}
		TextFiles.Text text = TextFiles.decode(bytes.get());
		if (text.invalidAtLine().isPresent()) {
			context.reject(text.invalidAtLine().get(), "invalid UTF-8 (save the file as UTF-8)");
			return;
		}
		String content = text.text().replace("\r\n", "\n").replace('\r', '\n');
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		String body = content;
		if (content.startsWith("---\n") || content.startsWith("--- \n")) {
			int start = content.indexOf('\n') + 1;
			Matcher end = FRONT_MATTER_END.matcher(content);
			if (!end.find(start)) {
				context.reject(1, "the front matter opened with '---' on line 1 is not closed with a '---' line");
				return;
			}
			Optional<ObjectNode> fields = frontMatter(content.substring(start, end.start()), context);
			if (fields.isEmpty()) {
				return;
			}
			node = fields.get();
			body = content.substring(Math.min(content.length(), end.end() + 1));
		}
		assemble(node, body, context);
	}

	private static void assemble(ObjectNode node, String markdown, ReadContext context) {
		String body = markdown;
		if (node.has("body")) {
			node.remove("body");
			context.warn(1, "'body' in the front matter is ignored: the body is the text after the front matter");
		}
		Optional<String> title = Optional.ofNullable(node.get("title"))
			.filter(JsonNode::isValueNode)
			.map(JsonNode::asString);
		Matcher heading = FIRST_HEADING.matcher(body);
		if (heading.find()) {
			String headingText = (heading.group(1) != null) ? heading.group(1) : heading.group(2);
			if (title.isEmpty() || title.get().strip().equals(headingText.strip())) {
				// The heading is the title: keep it once, as the title.
				node.put("title", title.orElse(headingText.strip()));
				body = body.substring(heading.end());
			}
		}
		node.put("body", body);
		Map<String, String> missing = Map.of("title",
				"is missing: no 'title' in the front matter and no '# heading' at the start of the text", "body",
				"is empty: there is no text after the front matter and title", "id",
				"is missing and cannot be derived from the file name; set 'id' in the front matter");
		if (!node.has("id")) {
			ArticleId.fromRelativePath(context.relativePath()).ifPresent((id) -> node.put("id", id));
		}
		new ArticleFields(context, 1, true).assemble(node, missing);
	}

	private static Optional<ObjectNode> frontMatter(String yaml, ReadContext context) {
		if (yaml.isBlank()) {
			return Optional.of(JsonNodeFactory.instance.objectNode());
		}
		try {
			JsonNode node = YAML.readTree(yaml);
			if (node instanceof ObjectNode fields) {
				return Optional.of(fields);
			}
			context.reject(1, "the front matter must be YAML 'field: value' lines, not a "
					+ node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
		}
		catch (JacksonException ex) {
			long line = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
					? ex.getLocation().getLineNr() + 1 : 1;
			String message = ex.getOriginalMessage().lines().findFirst().orElse("");
			context.reject(line, "invalid YAML front matter: " + message);
		}
		return Optional.empty();
	}

}

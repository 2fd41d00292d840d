package dev.tandem.jira.internal;

import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraDocument.Block;
import dev.tandem.jira.JiraDocument.BulletList;
import dev.tandem.jira.JiraDocument.CodeBlock;
import dev.tandem.jira.JiraDocument.Inline;
import dev.tandem.jira.JiraDocument.LineBreak;
import dev.tandem.jira.JiraDocument.Link;
import dev.tandem.jira.JiraDocument.Mark;
import dev.tandem.jira.JiraDocument.Paragraph;
import dev.tandem.jira.JiraDocument.Text;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link JiraDocument} as Atlassian Document Format (Jira Cloud). Follows ADF's
 * rules that the schema does not catch at the API: text nodes are never empty, and the
 * {@code code} mark is combined with nothing but a link.
 */
public final class AdfRenderer {

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private AdfRenderer() {
	}

	public static ObjectNode render(JiraDocument document) {
		ObjectNode doc = nodes.objectNode();
		doc.put("type", "doc");
		doc.put("version", 1);
		ArrayNode content = doc.putArray("content");
		for (Block block : document.blocks()) {
			content.add(block(block));
		}
		return doc;
	}

	private static ObjectNode block(Block block) {
		return switch (block) {
			case Paragraph paragraph -> paragraph(paragraph);
			case BulletList list -> {
				ObjectNode node = node("bulletList");
				ArrayNode items = node.putArray("content");
				for (Paragraph item : list.items()) {
					ObjectNode listItem = node("listItem");
					listItem.putArray("content").add(paragraph(item));
					items.add(listItem);
				}
				yield node;
			}
			case CodeBlock code -> {
				ObjectNode node = node("codeBlock");
				ArrayNode content = node.putArray("content");
				if (!code.code().isEmpty()) {
					content.add(text(code.code()));
				}
				yield node;
			}
		};
	}

	private static ObjectNode paragraph(Paragraph paragraph) {
		ObjectNode node = node("paragraph");
		ArrayNode content = node.putArray("content");
		for (Inline inline : paragraph.inlines()) {
			switch (inline) {
				case Text text when text.text().isEmpty() -> {
				}
				case Text text -> {
					ObjectNode textNode = text(text.text());
					if (text.has(Mark.CODE)) {
						textNode.putArray("marks").add(node("code"));
					}
					else if (text.has(Mark.BOLD)) {
						textNode.putArray("marks").add(node("strong"));
					}
					content.add(textNode);
				}
				case Link link -> {
					ObjectNode textNode = text(link.text());
					ObjectNode mark = node("link");
					mark.putObject("attrs").put("href", link.href().toString());
					textNode.putArray("marks").add(mark);
					content.add(textNode);
				}
				case LineBreak lineBreak -> content.add(node("hardBreak"));
			}
		}
		return node;
	}

	private static ObjectNode text(String text) {
		ObjectNode node = node("text");
		node.put("text", text);
		return node;
	}

	private static ObjectNode node(String type) {
		ObjectNode node = nodes.objectNode();
		node.put("type", type);
		return node;
	}

}

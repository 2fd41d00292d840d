package dev.tandem.jira.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Flattens an Atlassian Document Format tree into plain text: blocks separated by a blank
 * line, list items as {@code - item}, table cells joined by {@code |}, links as
 * {@code text (url)}, mentions and emoji as their text. Media and unknown leaf nodes
 * without text are dropped.
 */
public final class AdfText {

	private AdfText() {
	}

	public static String toPlainText(JsonNode adf) {
		if (adf == null || adf.isMissingNode() || adf.isNull()) {
			return "";
		}
		if (adf.isString()) {
			// some fields and old payloads carry plain strings even on Cloud
			return adf.asString();
		}
		return blocks(adf.path("content"), "").strip();
	}

	private static String blocks(JsonNode content, String indent) {
		List<String> parts = new ArrayList<>();
		for (JsonNode node : content.values()) {
			String text = block(node, indent);
			if (!text.isBlank()) {
				parts.add(text);
			}
		}
		return String.join("\n\n", parts);
	}

	private static String block(JsonNode node, String indent) {
		String type = node.path("type").asString("");
		return switch (type) {
			case "bulletList", "orderedList" -> list(node, indent, type.equals("orderedList"));
			case "table" -> table(node);
			case "rule", "media", "mediaSingle", "mediaGroup", "mediaInline" -> "";
			case "codeBlock", "paragraph", "heading" -> inlines(node.path("content"));
			case "text", "hardBreak", "mention", "emoji", "inlineCard", "date", "status" -> inline(node);
			// blockquote, panel, expand, layouts ...: their children are blocks
			default -> node.has("content") ? blocks(node.path("content"), indent) : node.path("text").asString("");
		};
	}

	private static String list(JsonNode list, String indent, boolean ordered) {
		List<String> items = new ArrayList<>();
		int number = list.path("attrs").path("order").asInt(1);
		for (JsonNode item : list.path("content").values()) {
			List<String> lines = new ArrayList<>();
			for (JsonNode child : item.path("content").values()) {
				String type = child.path("type").asString("");
				if (type.equals("bulletList") || type.equals("orderedList")) {
					lines.add(list(child, indent + "  ", type.equals("orderedList")));
				}
				else {
					lines.add(block(child, indent));
				}
			}
			String marker = ordered ? (number++) + ". " : "- ";
			items.add(indent + marker + String.join("\n", lines).stripLeading());
		}
		return String.join("\n", items);
	}

	private static String table(JsonNode table) {
		List<String> rows = new ArrayList<>();
		for (JsonNode row : table.path("content").values()) {
			List<String> cells = new ArrayList<>();
			for (JsonNode cell : row.path("content").values()) {
				cells.add(blocks(cell.path("content"), "").replace("\n\n", " "));
			}
			rows.add(String.join(" | ", cells));
		}
		return String.join("\n", rows);
	}

	private static String inlines(JsonNode content) {
		StringBuilder text = new StringBuilder();
		for (JsonNode node : content.values()) {
			text.append(inline(node));
		}
		return text.toString();
	}

	private static String inline(JsonNode node) {
		JsonNode attrs = node.path("attrs");
		return switch (node.path("type").asString("")) {
			case "text" -> withLink(node.path("text").asString(""), node.path("marks"));
			case "hardBreak" -> "\n";
			case "mention" -> attrs.path("text").asString("@" + attrs.path("id").asString(""));
			case "emoji" -> attrs.path("text").asString(attrs.path("shortName").asString(""));
			case "inlineCard", "blockCard" -> attrs.path("url").asString("");
			case "date" -> attrs.path("timestamp").asString("");
			case "status" -> attrs.path("text").asString("");
			default -> node.has("content") ? inlines(node.path("content")) : node.path("text").asString("");
		};
	}

	private static String withLink(String text, JsonNode marks) {
		for (JsonNode mark : marks.values()) {
			if ("link".equals(mark.path("type").asString(""))) {
				String href = mark.path("attrs").path("href").asString("");
				return (href.isEmpty() || href.equals(text)) ? text : text + " (" + href + ")";
			}
		}
		return text;
	}

}

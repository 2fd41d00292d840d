package dev.tandem.kb.ingest.internal;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns sanitised HTML into Markdown-like text: headings, paragraphs, lists, links,
 * emphasis, code, quotes and simple tables keep their meaning; everything else keeps its
 * text.
 */
final class HtmlToMarkdown {

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private final StringBuilder out = new StringBuilder();

	private HtmlToMarkdown() {
	}

	static String convert(Element root) {
		HtmlToMarkdown converter = new HtmlToMarkdown();
		converter.children(root);
		return converter.out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	private void children(Element element) {
		for (Node child : element.childNodes()) {
			node(child);
		}
	}

	private void node(Node node) {
		if (node instanceof TextNode text) {
			text(text.text());
		}
		else if (node instanceof Element element) {
			element(element);
		}
	}

	private void text(String text) {
		String collapsed = BLANKS.matcher(text).replaceAll(" ");
		if (this.out.isEmpty() || endsWith('\n') || endsWith(' ')) {
			collapsed = collapsed.stripLeading();
		}
		this.out.append(collapsed);
	}

	private void element(Element element) {
		String tag = element.normalName();
		switch (tag) {
			case "h1", "h2", "h3", "h4", "h5", "h6" -> {
				block();
				this.out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
				children(element);
				block();
			}
			case "p", "div", "section", "article", "main", "header", "footer", "figure", "dl", "caption" -> {
				block();
				children(element);
				block();
			}
			case "dt", "dd", "figcaption" -> {
				line();
				children(element);
				line();
			}
			case "br" -> this.out.append('\n');
			case "hr" -> {
				block();
				this.out.append("---");
				block();
			}
			case "ul", "ol" -> list(element, tag.equals("ol"));
			case "pre" -> {
				block();
				this.out.append("```\n").append(element.wholeText().stripTrailing()).append("\n```");
				block();
			}
			case "code" -> this.out.append('`').append(element.wholeText()).append('`');
			case "strong", "b" -> wrap(element, "**");
			case "em", "i" -> wrap(element, "*");
			case "a" -> link(element);
			case "img" -> image(element);
			case "blockquote" -> quote(element);
			case "table" -> table(element);
			default -> children(element);
		}
	}

	private void wrap(Element element, String marker) {
		String text = nested(element);
		if (!text.isBlank()) {
			this.out.append(marker).append(text.strip()).append(marker);
		}
	}

	private void link(Element element) {
		String text = nested(element).strip();
		String href = element.attr("href").strip();
		if (href.isEmpty() || href.startsWith("#")) {
			this.out.append(text);
		}
		else {
			this.out.append('[').append(text.isEmpty() ? href : text).append("](").append(href).append(')');
		}
	}

	private void image(Element element) {
		String alt = element.attr("alt").strip();
		String src = element.attr("src").strip();
		if (!src.isEmpty()) {
			this.out.append("![").append(alt).append("](").append(src).append(')');
		}
		else {
			this.out.append(alt);
		}
	}

	private void list(Element list, boolean ordered) {
		block();
		int number = 1;
		for (Element item : list.children()) {
			if (!item.normalName().equals("li")) {
				continue;
			}
			String marker = ordered ? (number++) + ". " : "- ";
			String text = nested(item).strip().replace("\n", "\n" + " ".repeat(marker.length()));
			this.out.append(marker).append(text).append('\n');
		}
		block();
	}

	private void quote(Element element) {
		block();
		for (String line : nested(element).strip().split("\n")) {
			this.out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
		}
		block();
	}

	private void table(Element table) {
		block();
		boolean first = true;
		for (Element row : table.select("tr")) {
			StringBuilder line = new StringBuilder("|");
			int cells = 0;
			for (Element cell : row.children()) {
				if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
					line.append(' ').append(nested(cell).strip().replace("\n", " ").replace("|", "\\|")).append(" |");
					cells++;
				}
			}
			this.out.append(line).append('\n');
			if (first) {
				this.out.append("|").append(" --- |".repeat(Math.max(cells, 1))).append('\n');
				first = false;
			}
		}
		block();
	}

	private String nested(Element element) {
		HtmlToMarkdown inner = new HtmlToMarkdown();
		inner.children(element);
		return inner.out.toString().replaceAll("\\n{3,}", "\n\n");
	}

	private void block() {
		if (this.out.isEmpty()) {
			return;
		}
		trimTrailingSpaces();
		int length = this.out.length();
		boolean blankLineBefore = length >= 2 && this.out.charAt(length - 1) == '\n'
				&& this.out.charAt(length - 2) == '\n';
		if (!blankLineBefore) {
			this.out.append(endsWith('\n') ? "\n" : "\n\n");
		}
	}

	private void line() {
		if (!this.out.isEmpty() && !endsWith('\n')) {
			trimTrailingSpaces();
			this.out.append('\n');
		}
	}

	private void trimTrailingSpaces() {
		while (endsWith(' ')) {
			this.out.setLength(this.out.length() - 1);
		}
	}

	private boolean endsWith(char c) {
		return !this.out.isEmpty() && this.out.charAt(this.out.length() - 1) == c;
	}

}

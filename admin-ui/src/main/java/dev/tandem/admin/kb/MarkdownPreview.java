package dev.tandem.admin.kb;

import java.util.Map;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import com.vaadin.flow.component.html.Div;

/**
 * Shows an article body as it reads: CommonMark rendered to HTML on the server. Raw HTML
 * in the text is escaped, not passed through, and link and image addresses other than
 * http, https and mailto are dropped, so an article can never inject markup or script
 * into the admin UI.
 */
class MarkdownPreview extends Div {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>")
		.attributeProviderFactory((context) -> MarkdownPreview::onlyImageData)
		.build();

	MarkdownPreview() {
		addClassName("tandem-markdown");
	}

	void setMarkdown(String markdown) {
		getElement().setProperty("innerHTML", render(markdown));
	}

	/**
	 * CommonMark allows any data: address on images; only images may come that way, never
	 * a document.
	 */
	private static void onlyImageData(Node node, String tagName, Map<String, String> attributes) {
		String src = attributes.get("src");
		if (src != null && src.regionMatches(true, 0, "data:", 0, 5)
				&& !src.regionMatches(true, 0, "data:image/", 0, 11)) {
			attributes.put("src", "");
		}
	}

	/** Safe HTML for a Markdown text. */
	static String render(String markdown) {
		return RENDERER.render(PARSER.parse((markdown == null) ? "" : markdown));
	}

}

package dev.tandem.admin.kb;

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
		.build();

	MarkdownPreview() {
		addClassName("tandem-markdown");
	}

	void setMarkdown(String markdown) {
		getElement().setProperty("innerHTML", render(markdown));
	}

	/** Safe HTML for a Markdown text. */
	static String render(String markdown) {
		return RENDERER.render(PARSER.parse((markdown == null) ? "" : markdown));
	}

}

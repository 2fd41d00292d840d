package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleId;

/**
 * Reads one article from an HTML page. The article is the page's {@code <article>} or
 * {@code <main>} (else its body); the title is its first {@code
 *
<h1>} (else the page {@code <title>}); the language is {@code <html lang>}. Scripts,
 * styles, frames, forms and event handlers are removed by jsoup's
 * {@link Safelist#relaxed() relaxed} safelist before the rest is turned into
 * Markdown-like text.
 */
final class HtmlArticleReader {

	/**
	 * Markup weighs more than the text it carries: the file may be this many times the
	 * article limit.
	 */
	static final int MARKUP_ALLOWANCE = dev.tandem.kb.ingest.ImportOptions.HTML_MARKUP_ALLOWANCE;

	private static final String UNSAFE = "script, style, iframe, frame, frameset, object, embed, applet, noscript, "
			+ "template, svg, math, canvas, form, input, button, select, textarea, link, meta, base, nav";

	private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

	// Relative links are kept as written; a placeholder base lets the cleaner judge them.
	private static final String BASE = "https://article.invalid/";

	void read(InputStream utf8, ReadContext context) throws IOException {
		Optional<byte[]> bytes = TextFiles.readBounded(utf8, context.maxArticleBytes() * MARKUP_ALLOWANCE);
		if (bytes.isEmpty()) {
			context.reject(0, "HTML file is larger than " + MARKUP_ALLOWANCE + " times the article size limit ("
					+ DataSizes.describe(context.maxArticleBytes() * MARKUP_ALLOWANCE) + ")");
			return;
		}
		Optional<String> html = decode(bytes.get(), context);
		if (html.isEmpty()) {
			return;
		}
		Document page = Jsoup.parse(html.get(), BASE);
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		page.select(UNSAFE).remove();
		Element content = Optional.ofNullable(page.selectFirst("article"))
			.or(() -> Optional.ofNullable(page.selectFirst("main, [role=main]")))
			.orElse(page.body());
		Element heading = content.selectFirst("h1");
		if (heading != null && !heading.text().isBlank()) {
			node.put("title", heading.text());
			heading.remove();
		}
		else if (!page.title().isBlank()) {
			node.put("title", page.title());
		}
		String clean = Jsoup.clean(content.html(), BASE, Safelist.relaxed().preserveRelativeLinks(true));
		String body = HtmlToMarkdown.convert(Jsoup.parseBodyFragment(clean, BASE).body());
		if (body.getBytes(StandardCharsets.UTF_8).length > context.maxArticleBytes()) {
			context.reject(0, context.sizeLimitReason());
			return;
		}
		node.put("body", body);
		String lang = page.selectFirst("html") != null ? page.selectFirst("html").attr("lang").strip() : "";
		if (ArticleContent.isLanguageTag(lang)) {
			node.put("language", lang);
		}
		else if (!lang.isEmpty()) {
			context.warn(0, "<html lang=\"" + lang + "\"> is not a language tag; the language will be detected");
		}
		ArticleId.fromRelativePath(context.relativePath()).ifPresent((id) -> node.put("id", id));
		new ArticleFields(context, 0, false).assemble(node,
				Map.of("id", "cannot be derived from the file name; rename the file", "title",
						"is missing: the page has no <h1> and no <title>", "body",
						"is empty after removing scripts, styles and markup"));
	}

	private static Optional<Charset> charset(String name) {
		try {
			return Optional.of(Charset.forName(name));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * UTF-8, or the charset the page declares in a meta tag when it is not UTF-8 (older
	 * help-centre exports).
	 */
	private static Optional<String> decode(byte[] bytes, ReadContext context) throws IOException {
		TextFiles.Text text = TextFiles.decode(bytes);
		if (text.invalidAtLine().isEmpty()) {
			return Optional.of(text.text());
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
		Matcher declared = DECLARED_CHARSET.matcher(head);
		if (declared.find()) {
			Optional<Charset> charset = charset(declared.group(1));
			if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
				return Optional.of(new String(bytes, charset.get()));
			}
		}
		context.reject(text.invalidAtLine().get(),
				"invalid UTF-8 (save the file as UTF-8, or declare its encoding with <meta charset=...>)");
		return Optional.empty();
	}

}

package dev.tandem.jira.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * Renders a {@link JiraDocument} as Jira wiki markup (Data Center, and the service desk
 * API on both flavours).
 * <p>
 * Text is escaped so that nothing a customer wrote turns into markup: wiki's special
 * characters get a backslash, a literal backslash becomes {@code &#92;} (because
 * {@code \\} is a line break in wiki markup), entity-like {@code &} becomes
 * {@code &amp;}, line-start keywords ({@code h1.}, {@code bq.}) and emoticons are broken
 * up.
 */
public final class WikiMarkupRenderer {

	// Everything wiki markup reacts to inside a line; '\\' and '&' are handled
	// separately.
	private static final String SPECIAL = "*_-+^~?{}[]|!#";

	private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

	private static final Pattern LINE_KEYWORD = Pattern.compile("(?m)^(\\s*)(h[1-6]|bq)\\.");

	private static final Pattern EMOTICON = Pattern.compile("([:;])([)(PDpd])|\\((y|n|i|x|/|on|off)\\)");

	private WikiMarkupRenderer() {
	}

	public static String render(JiraDocument document) {
		List<String> blocks = new ArrayList<>();
		for (Block block : document.blocks()) {
			blocks.add(block(block));
		}
		return String.join("\n\n", blocks);
	}

	/** Escapes plain text so wiki markup shows it literally. */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		Matcher entity = ENTITY_LIKE.matcher(text);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				escaped.append("&#92;");
			}
			else if (c == '&' && entity.region(i, text.length()).lookingAt()) {
				escaped.append("&amp;");
			}
			else {
				if (SPECIAL.indexOf(c) >= 0) {
					escaped.append('\\');
				}
				escaped.append(c);
			}
		}
		String result = LINE_KEYWORD.matcher(escaped).replaceAll("$1$2&#46;");
		Matcher emoticon = EMOTICON.matcher(result);
		StringBuilder out = new StringBuilder();
		while (emoticon.find()) {
			String replacement = (emoticon.group(1) != null) ? emoticon.group(1) + "\\" + emoticon.group(2)
					: "\\(" + emoticon.group(3) + ")";
			emoticon.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		emoticon.appendTail(out);
		// a blank line inside text would end the paragraph (or list item)
		return out.toString().replaceAll("\\R+", "\n");
	}

	private static String block(Block block) {
		return switch (block) {
			case Paragraph paragraph -> inlines(paragraph, "\n");
			case BulletList list -> {
				List<String> items = new ArrayList<>();
				for (Paragraph item : list.items()) {
					// a plain newline would end the item: wiki's forced line break keeps
					// it inside
					items.add("* " + inlines(item, " \\\\ ").replace("\n", " \\\\ "));
				}
				yield String.join("\n", items);
			}
			case CodeBlock code -> code.code().contains("{code}") ? "{noformat}\n" + code.code() + "\n{noformat}"
					: "{code}\n" + code.code() + "\n{code}";
		};
	}

	private static String inlines(Paragraph paragraph, String lineBreakMarkup) {
		StringBuilder text = new StringBuilder();
		for (Inline inline : paragraph.inlines()) {
			switch (inline) {
				case Text plain when plain.text().isEmpty() -> {
				}
				case Text code when code.has(Mark.CODE) -> text.append("{{").append(escape(code.text())).append("}}");
				case Text bold when bold.has(Mark.BOLD) -> text.append(wrapKeepingSpaceOutside(bold.text(), "*"));
				case Text plain -> text.append(escape(plain.text()));
				case Link link -> text.append(link(link));
				case LineBreak lineBreak -> text.append(lineBreakMarkup);
			}
		}
		return text.toString();
	}

	// *bold* only renders when the asterisks touch the words
	private static String wrapKeepingSpaceOutside(String text, String marker) {
		String core = text.strip();
		if (core.isEmpty()) {
			return text;
		}
		int start = text.indexOf(core);
		return text.substring(0, start) + marker + escape(core) + marker + text.substring(start + core.length());
	}

	private static String link(Link link) {
		String href = link.href().toString().replace("|", "%7C").replace("]", "%5D").replace("[", "%5B");
		if (link.text().equals(link.href().toString())) {
			return "[" + href + "]";
		}
		return "[" + escape(link.text()) + "|" + href + "]";
	}

}

package dev.tandem.kb.article.internal;

import java.util.regex.Pattern;

/**
 * Turns a Markdown body into a short plain-text reply: the first sentences of its first
 * prose paragraphs, about {@value #TARGET_LENGTH} characters at most. Headings, code
 * blocks, tables, images and HTML are left out, links keep their text. Deterministic, so
 * the same body always gives the same summary.
 */
public final class MarkdownSummary {

	static final int TARGET_LENGTH = 300;

	private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$", Pattern.DOTALL);

	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

	private static final Pattern HTML_TAG = Pattern.compile("<[^>]{1,200}>");

	private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`|~~)");

	private static final Pattern LIST_MARKER = Pattern.compile("^\\s*([-*+]|\\d{1,3}[.)])\\s+");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])");

	private MarkdownSummary() {
	}

	public static String summarise(String markdown) {
		String text = FENCE.matcher(markdown).replaceAll("\n");
		StringBuilder prose = new StringBuilder();
		for (String paragraph : text.split("\\n\\s*\\n")) {
			String plain = plainParagraph(paragraph);
			if (!plain.isEmpty()) {
				if (!prose.isEmpty()) {
					prose.append(' ');
				}
				prose.append(plain);
				if (prose.length() >= TARGET_LENGTH) {
					break;
				}
			}
		}
		if (prose.isEmpty()) {
			// A body made only of headings, tables or code: fall back to its plain text.
			prose.append(HTML_TAG.matcher(markdown).replaceAll(" ").replaceAll("[#>|`*_-]+", " ").strip());
		}
		return shorten(prose.toString().replaceAll("\\s+", " ").strip());
	}

	private static String plainParagraph(String paragraph) {
		StringBuilder plain = new StringBuilder();
		for (String line : paragraph.split("\\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("|") || trimmed.matches("[=-]{3,}")
					|| line.startsWith("    ") || line.startsWith("\t")) {
				continue;
			}
			String withoutQuote = trimmed.replaceFirst("^(>\\s*)+", "");
			String withoutMarker = LIST_MARKER.matcher(withoutQuote).replaceFirst("");
			String text = IMAGE.matcher(withoutMarker).replaceAll("$1");
			text = LINK.matcher(text).replaceAll("$1");
			text = HTML_TAG.matcher(text).replaceAll("");
			text = EMPHASIS.matcher(text).replaceAll("").strip();
			if (!text.isEmpty()) {
				if (!plain.isEmpty()) {
					plain.append(' ');
				}
				plain.append(text);
			}
		}
		return plain.toString();
	}

	private static String shorten(String text) {
		if (text.length() <= TARGET_LENGTH) {
			return text;
		}
		StringBuilder kept = new StringBuilder();
		for (String sentence : SENTENCE_END.split(text)) {
			int separator = kept.isEmpty() || isCjk(kept.charAt(kept.length() - 1)) ? 0 : 1;
			if (kept.length() + separator + sentence.length() > TARGET_LENGTH) {
				break;
			}
			if (separator == 1) {
				kept.append(' ');
			}
			kept.append(sentence);
		}
		if (!kept.isEmpty()) {
			return kept.toString();
		}
		// The first sentence alone is too long: cut at the last blank before the limit.
		String cut = text.substring(0, TARGET_LENGTH - 1);
		int blank = cut.lastIndexOf(' ');
		if (blank > TARGET_LENGTH / 2) {
			cut = cut.substring(0, blank);
		}
		return cut.stripTrailing() + "…";
	}

	private static boolean isCjk(char c) {
		return c == '。' || c == '！' || c == '？';
	}

}

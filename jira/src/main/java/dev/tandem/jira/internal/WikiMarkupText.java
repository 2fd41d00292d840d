package dev.tandem.jira.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Flattens Jira wiki markup into plain text: macros, emphasis and headings are dropped,
 * links become {@code text (url)}, list items {@code - item}, table cells are joined by
 * {@code |}, escapes and HTML entities are resolved. Code and noformat blocks are kept
 * verbatim.
 */
public final class WikiMarkupText {

	private static final Pattern PREFORMATTED = Pattern.compile("\\{(code|noformat)(?::[^}]*)?}\\R?(.*?)\\R?\\{\\1}",
			Pattern.DOTALL);

	private static final Pattern MACRO = Pattern.compile("(?<!\\\\)\\{(quote|panel|color|anchor)(?::[^}]*)?}");

	private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]*(h[1-6]|bq)\\.[ \\t]+");

	private static final Pattern LIST_ITEM = Pattern.compile("(?m)^[ \\t]*[*#-]+[ \\t]+");

	private static final Pattern TABLE_ROW = Pattern.compile("(?m)^[ \\t]*\\|\\|?(.*?)\\|\\|?[ \\t]*$");

	private static final Pattern IMAGE = Pattern.compile("(?<!\\\\)![^!\\s][^!\\n]*(?<!\\\\)!");

	// [target] or [label|target]; labels may hold escaped brackets and pipes
	private static final Pattern LINK = Pattern
		.compile("(?<!\\\\)\\[(?:((?:\\\\.|[^|\\]\\n\\\\])*)\\|)?((?:\\\\.|[^|\\]\\n\\\\])*)]");

	private static final Pattern MONOSPACE = Pattern.compile("\\{\\{(.*?)}}");

	// *bold* _italic_ -strike- +under+ ^sup^ ~sub~ ??cite??: markers must touch non-space
	// text at word edges
	private static final Pattern EMPHASIS = Pattern
		.compile("(?<![\\p{L}\\p{N}\\\\])(\\*|_|-|\\+|\\^|~|\\?\\?)(?=\\S)(.+?)(?<=[^\\s\\\\])\\1(?![\\p{L}\\p{N}])");

	private static final Pattern ESCAPED = Pattern.compile("\\\\([^\\\\\\s])");

	private WikiMarkupText() {
	}

	public static String toPlainText(String wiki) {
		if (wiki == null || wiki.isEmpty()) {
			return "";
		}
		List<String> preformatted = new ArrayList<>();
		Matcher pre = PREFORMATTED.matcher(wiki.replace("\r\n", "\n"));
		StringBuilder text = new StringBuilder();
		while (pre.find()) {
			preformatted.add(pre.group(2));
			pre.appendReplacement(text, Matcher.quoteReplacement("\u0000" + (preformatted.size() - 1) + "\u0000"));
		}
		pre.appendTail(text);
		String result = MACRO.matcher(text).replaceAll("");
		result = result.replaceAll("(?m)^[ \\t]*-{4,}[ \\t]*$", "");
		result = HEADING.matcher(result).replaceAll("");
		result = LIST_ITEM.matcher(result).replaceAll("- ");
		result = TABLE_ROW.matcher(result)
			.replaceAll((row) -> Matcher.quoteReplacement(String.join(" | ", row.group(1).split("\\|\\|?"))));
		result = IMAGE.matcher(result).replaceAll("");
		result = LINK.matcher(result)
			.replaceAll((link) -> Matcher.quoteReplacement(link(link.group(1), link.group(2))));
		result = MONOSPACE.matcher(result).replaceAll("$1");
		String before;
		do {
			before = result;
			result = EMPHASIS.matcher(result).replaceAll("$2");
		}
		while (!before.equals(result));
		result = result.replace(" \\\\ ", "\n").replace("\\\\", "\n");
		result = ESCAPED.matcher(result).replaceAll("$1");
		result = HtmlUtils.htmlUnescape(result);
		for (int i = 0; i < preformatted.size(); i++) {
			result = result.replace("\u0000" + i + "\u0000", preformatted.get(i));
		}
		return result.replaceAll("\n{3,}", "\n\n").strip();
	}

	private static String link(String label, String target) {
		if (target.startsWith("~")) {
			return "@" + target.substring(1);
		}
		if (target.startsWith("^")) {
			return target.substring(1);
		}
		String url = target.replace("%7C", "|").replace("%5D", "]").replace("%5B", "[");
		if (label == null || label.isEmpty() || label.equals(url)) {
			return url;
		}
		return label + " (" + url + ")";
	}

}

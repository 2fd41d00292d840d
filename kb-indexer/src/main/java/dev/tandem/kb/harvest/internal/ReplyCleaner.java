package dev.tandem.kb.harvest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps the substance of an agent's reply: drops the greeting, the sign-off and what
 * follows it (signature), quoted earlier messages, and closing pleasantries ("let me know
 * if ...") that would read oddly in an article. English and Chinese.
 */
public final class ReplyCleaner {

	private static final Pattern GREETING_LINE = Pattern.compile(
			"(?iu)^\\s*((hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)( [\\p{L}\\[\\]._-]{1,30}){0,3}"
					+ "|(thanks|thank you) for (reaching out|contacting us|your (message|patience|request))[^\\n]{0,60}?)"
					+ "\\s*[,!.:;，！。：]?\\s*$");

	private static final Pattern GREETING_PREFIX = Pattern
		.compile("(?iu)^\\s*(hi|hello|hey|dear)( [\\p{L}\\[\\]._-]{1,30}){0,2}\\s*[,!，！]\\s*");

	private static final Pattern CHINESE_GREETING = Pattern.compile("^\\s*(您好|你好|亲爱的[^，,！!]{0,10})[，,！!。]?\\s*");

	private static final Pattern SIGN_OFF = Pattern.compile(
			"(?iu)^\\s*(best( regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks( again)?|thank you|cheers|sincerely|yours( truly| sincerely)?|br|"
					+ "祝好|此致|谢谢|顺祝商祺|祝您生活愉快)\\b?[,!.，！。]?\\s*$");

	private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^(--|__+|—+)\\s*$");

	private static final Pattern QUOTE_HEADER = Pattern
		.compile("(?iu)^\\s*(on .{0,120} wrote:|-{2,}\\s*original message\\s*-{2,}|from: .+|在.{0,80}写道[:：])\\s*$");

	private static final Pattern PLEASANTRY = Pattern.compile(
			"(?iu)^\\s*(please )?(let (me|us) know|feel free to|don't hesitate|do not hesitate|hope (this|that) helps|i hope (this|that) helps|have a (great|nice|good) (day|weekend)|如有(其他|任何)?问题|希望(对您)?有(所)?帮助|祝您).{0,120}$");

	private ReplyCleaner() {
	}

	/**
	 * The substance of a reply.
	 * @param reply the reply as plain text
	 * @return the cleaned text, {@code ""} when nothing substantial is left
	 */
	public static String clean(String reply) {
		List<String> lines = new ArrayList<>();
		for (String line : reply.replace("\r\n", "\n").split("\n", -1)) {
			String trimmed = line.strip();
			if (QUOTE_HEADER.matcher(trimmed).matches() || SIGNATURE_DELIMITER.matcher(trimmed).matches()) {
				break;
			}
			if (trimmed.startsWith(">")) {
				continue;
			}
			lines.add(line.stripTrailing());
		}
		cutSignOff(lines);
		dropLeadingGreetings(lines);
		dropTrailingPleasantries(lines);
		String text = String.join("\n", lines).strip();
		text = GREETING_PREFIX.matcher(text).replaceFirst("");
		text = CHINESE_GREETING.matcher(text).replaceFirst("");
		text = text.replaceAll("\n{3,}", "\n\n").strip();
		return hasSubstance(text) ? capitalised(text) : "";
	}

	private static void cutSignOff(List<String> lines) {
		// A sign-off near the end starts the signature: it and everything after it go.
		for (int i = Math.max(0, lines.size() - 6); i < lines.size(); i++) {
			if (SIGN_OFF.matcher(lines.get(i).strip()).matches()) {
				lines.subList(i, lines.size()).clear();
				return;
			}
		}
	}

	private static void dropLeadingGreetings(List<String> lines) {
		while (!lines.isEmpty() && (lines.get(0).isBlank() || GREETING_LINE.matcher(lines.get(0).strip()).matches())) {
			lines.remove(0);
		}
	}

	private static void dropTrailingPleasantries(List<String> lines) {
		while (!lines.isEmpty()) {
			String last = lines.get(lines.size() - 1).strip();
			if (last.isEmpty() || PLEASANTRY.matcher(last).matches() || SIGN_OFF.matcher(last).matches()) {
				lines.remove(lines.size() - 1);
			}
			else {
				return;
			}
		}
	}

	private static boolean hasSubstance(String text) {
		long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
		boolean chinese = text.codePoints()
			.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return letters >= (chinese ? 4 : 12);
	}

	private static String capitalised(String text) {
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

}

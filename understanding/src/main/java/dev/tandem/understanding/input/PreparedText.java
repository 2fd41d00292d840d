package dev.tandem.understanding.input;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.understanding.explanation.Evidence;

/**
 * Text made safe to analyse: never null, control characters and binary junk removed,
 * capped at a maximum length so one huge ticket cannot stall the connector.
 *
 * @param text the cleaned (and possibly shortened) text
 * @param originalLength length of the raw input in chars (0 for null)
 * @param truncated whether only the first {@code text.length()} chars are used
 * @param removedCharacters how many control or invalid characters were dropped
 */
public record PreparedText(String text, int originalLength, boolean truncated, int removedCharacters) {

	/**
	 * Default cap for analysis (language, sentiment, priority): the first 32 KiB chars.
	 */
	public static final int DEFAULT_MAX_CHARS = 32 * 1024;

	public static PreparedText of(String raw) {
		return of(raw, DEFAULT_MAX_CHARS);
	}

	/**
	 * Cleans {@code raw} and keeps at most {@code maxChars} chars of it (cut at a safe
	 * boundary, never inside a surrogate pair).
	 */
	public static PreparedText of(String raw, int maxChars) {
		if (raw == null || raw.isEmpty()) {
			return new PreparedText("", 0, false, 0);
		}
		int limit = Math.max(0, maxChars);
		// Look at a little more than the limit so removed junk does not shrink the
		// sample.
		int scan = (int) Math.min(raw.length(), (long) limit * 2 + 16);
		StringBuilder out = new StringBuilder(Math.min(scan, limit));
		int removed = 0;
		int i = 0;
		while (i < scan && out.length() < limit) {
			int cp = raw.codePointAt(i);
			int width = Character.charCount(cp);
			if (isKept(cp)) {
				if (out.length() + width > limit) {
					break;
				}
				out.appendCodePoint(cp);
			}
			else {
				removed++;
				// Keep words apart where junk separated them.
				if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
					out.append(' ');
				}
			}
			i += width;
		}
		boolean truncated = i < raw.length();
		return new PreparedText(out.toString(), raw.length(), truncated, removed);
	}

	public boolean isBlank() {
		return this.text.isBlank();
	}

	/**
	 * Notes for the explanation: what was cut or dropped, and whether the input looked
	 * like binary data rather than text.
	 */
	public List<Evidence> notes(String source) {
		List<Evidence> notes = new ArrayList<>();
		if (this.originalLength == 0 || this.text.isBlank()) {
			notes.add(Evidence.note(source, "empty text: nothing to analyse"));
		}
		if (this.truncated) {
			notes.add(Evidence.note(source, "long text: analysed the first %d of %d characters"
				.formatted(this.text.length(), this.originalLength)));
		}
		if (looksBinary()) {
			notes.add(Evidence.note(source, "input looks like binary data (%d control or invalid characters removed)"
				.formatted(this.removedCharacters)));
		}
		else if (this.removedCharacters > 0) {
			notes.add(Evidence.note(source,
					"%d control or invalid characters removed".formatted(this.removedCharacters)));
		}
		return notes;
	}

	/** Whether much of the sample was junk rather than text. */
	public boolean looksBinary() {
		int sample = Math.min(this.originalLength, this.text.length() + this.removedCharacters);
		return this.removedCharacters > 8 && this.removedCharacters * 10 > sample;
	}

	private static boolean isKept(int cp) {
		if (cp == '\n' || cp == '\t' || cp == '\r') {
			return true;
		}
		if (cp == 0xFFFD || cp == 0xFEFF) {
			return false;
		}
		int type = Character.getType(cp);
		return type != Character.CONTROL && type != Character.UNASSIGNED && type != Character.SURROGATE
				&& type != Character.PRIVATE_USE;
	}

}

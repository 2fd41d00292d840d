package dev.tandem.kb.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules for article ids. An id is stable: importing an article with the same id again
 * makes a new version of it.
 * <p>
 * Valid ids have 1 to {@value #MAX_LENGTH} characters (at most {@value #MAX_UTF8_BYTES}
 * bytes in UTF-8, the Elasticsearch limit), made of letters and digits of any script and
 * {@code . _ - /}. The slash separates path-like segments
 * ({@code guides/billing/refund-time}); a segment is never empty, {@code .} or
 * {@code ..}.
 */
public final class ArticleId {

	public static final int MAX_LENGTH = 200;

	public static final int MAX_UTF8_BYTES = 512;

	private ArticleId() {
	}

	/**
	 * Tells what is wrong with an id.
	 * @param id the candidate id
	 * @return a human readable reason, empty when the id is valid
	 */
	public static Optional<String> problem(String id) {
		if (id == null || id.isEmpty()) {
			return Optional.of("is empty");
		}
		if (id.length() > MAX_LENGTH) {
			return Optional.of("is longer than " + MAX_LENGTH + " characters (" + id.length() + ")");
		}
		if (id.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
			return Optional.of("is longer than " + MAX_UTF8_BYTES + " bytes in UTF-8");
		}
		for (int i = 0; i < id.length();) {
			int codePoint = id.codePointAt(i);
			if (!isAllowed(codePoint)) {
				return Optional.of("contains " + describe(codePoint)
						+ " (allowed: letters, digits, '.', '_', '-' and '/' between segments)");
			}
			i += Character.charCount(codePoint);
		}
		for (String segment : id.split("/", -1)) {
			if (segment.isEmpty()) {
				return Optional.of("has an empty path segment (leading, trailing or double '/')");
			}
			if (segment.equals(".") || segment.equals("..")) {
				return Optional.of("has a '" + segment + "' path segment");
			}
		}
		return Optional.empty();
	}

	public static boolean isValid(String id) {
		return problem(id).isEmpty();
	}

	/**
	 * Checks an id.
	 * @param id the candidate id
	 * @return the id
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static String requireValid(String id) {
		problem(id).ifPresent((reason) -> {
			throw new IllegalArgumentException("article id '" + id + "' " + reason);
		});
		return id;
	}

	/**
	 * Derives an id from a file path relative to an imported folder: the extension is
	 * dropped, separators become {@code /}, blanks and characters not allowed in ids
	 * become {@code -}. {@code guides\Refund Policy.md} gives
	 * {@code guides/Refund-Policy}.
	 * @param relativePath the path relative to the imported folder
	 * @return the id, empty when nothing usable is left or the result is too long
	 */
	public static Optional<String> fromRelativePath(Path relativePath) {
		String text = relativePath.toString().replace('\\', '/');
		String[] parts = text.split("/");
		List<String> segments = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			String part = (i == parts.length - 1) ? withoutExtension(parts[i]) : parts[i];
			String segment = normaliseSegment(part);
			if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
				segments.add(segment);
			}
		}
		String id = String.join("/", segments);
		return isValid(id) ? Optional.of(id) : Optional.empty();
	}

	private static String withoutExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot > 0) ? fileName.substring(0, dot) : fileName;
	}

	private static String normaliseSegment(String part) {
		String text = Normalizer.normalize(part, Normalizer.Form.NFC);
		StringBuilder segment = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			boolean keep = isAllowed(codePoint) && codePoint != '/';
			char last = segment.isEmpty() ? '-' : segment.charAt(segment.length() - 1);
			if (keep && !(codePoint == '-' && last == '-')) {
				segment.appendCodePoint(codePoint);
			}
			else if (!keep && last != '-') {
				segment.append('-');
			}
			i += Character.charCount(codePoint);
		}
		int end = segment.length();
		while (end > 0 && segment.charAt(end - 1) == '-') {
			end--;
		}
		return segment.substring(0, end);
	}

	private static boolean isAllowed(int codePoint) {
		return Character.isLetterOrDigit(codePoint) || codePoint == '.' || codePoint == '_' || codePoint == '-'
				|| codePoint == '/';
	}

	private static String describe(int codePoint) {
		if (Character.isWhitespace(codePoint)) {
			return "a blank";
		}
		if (Character.isISOControl(codePoint)) {
			return String.format("the control character U+%04X", codePoint);
		}
		return "'" + new String(Character.toChars(codePoint)) + "'";
	}

}

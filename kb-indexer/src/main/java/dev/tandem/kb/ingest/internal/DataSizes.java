package dev.tandem.kb.ingest.internal;

import java.util.Locale;

/**
 * Sizes written for people: {@code 1 MB}, {@code 512 KB}, {@code 1.5 MB}.
 */
final class DataSizes {

	private DataSizes() {
	}

	static String describe(long bytes) {
		if (bytes >= 1024 * 1024) {
			return trim(bytes / (1024.0 * 1024.0)) + " MB";
		}
		if (bytes >= 1024) {
			return trim(bytes / 1024.0) + " KB";
		}
		return bytes + " bytes";
	}

	private static String trim(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}

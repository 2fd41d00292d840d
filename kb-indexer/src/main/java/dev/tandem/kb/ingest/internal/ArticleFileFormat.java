package dev.tandem.kb.ingest.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of files an import reads, known by their extension.
 */
public enum ArticleFileFormat {

	JSON_LINES, JSON, CSV, MARKDOWN, HTML;

	public static final String EXTENSIONS = "*.jsonl, *.json, *.csv, *.md, *.markdown, *.html, *.htm";

	public static Optional<ArticleFileFormat> of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		String extension = (dot < 0) ? "" : name.substring(dot + 1);
		return switch (extension) {
			case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
			case "json" -> Optional.of(JSON);
			case "csv" -> Optional.of(CSV);
			case "md", "markdown" -> Optional.of(MARKDOWN);
			case "html", "htm" -> Optional.of(HTML);
			default -> Optional.empty();
		};
	}

}

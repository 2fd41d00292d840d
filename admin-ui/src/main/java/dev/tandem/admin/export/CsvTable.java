package dev.tandem.admin.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese
 * correctly), CRLF line ends, every cell quoted when it needs to be, and cells that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage
 * return) neutralised with a leading apostrophe (CSV injection). Numbers are written by
 * the caller as plain text and are left alone when they are numbers.
 */
public final class CsvTable {

	private static final String BOM = "\uFEFF";

	private final List<List<String>> rows = new ArrayList<>();

	/** Adds a row (the first row is the header). */
	public CsvTable row(Object... cells) {
		List<String> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add((cell != null) ? String.valueOf(cell) : "");
		}
		this.rows.add(row);
		return this;
	}

	/** An empty line between sections. */
	public CsvTable blank() {
		this.rows.add(List.of());
		return this;
	}

	public String text() {
		StringBuilder out = new StringBuilder(BOM);
		for (List<String> row : this.rows) {
			out.append(String.join(",", row.stream().map(CsvTable::cell).toList())).append("\r\n");
		}
		return out.toString();
	}

	public byte[] bytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	static String cell(String value) {
		String safe = neutralised(value);
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static String neutralised(String value) {
		if (value.isEmpty() || isNumber(value)) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

	private static boolean isNumber(String value) {
		return value.matches("-?\\d+(\\.\\d+)?");
	}

}

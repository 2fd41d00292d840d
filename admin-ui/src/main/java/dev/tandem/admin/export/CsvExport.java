package dev.tandem.admin.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The one way the admin UI writes CSV files (exports of dashboards, audit log, knowledge
 * base): RFC 4180 quoting, CRLF line ends, UTF-8 with a byte order mark (so that
 * spreadsheet programs read Chinese text correctly), and protection against formula
 * injection.
 * <p>
 * Formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or
 * a carriage return as a formula ({@code =HYPERLINK(...)}, {@code =cmd|...}). Ticket text
 * and article titles come from outside, so every text cell that starts with one of those
 * characters is prefixed with an apostrophe, which spreadsheets show as text (OWASP's
 * advice). Numbers ({@link Number}) are written as they are, so {@code -3} stays a
 * number.
 *
 * <pre>{@code
 * CsvExport csv = CsvExport.withHeader("ticket", "decision", "confidence");
 * cases.forEach((c) -> csv.row(c.key(), c.decision(), c.confidence()));
 * anchor.setHref(csv.download("cases.csv"));
 * }</pre>
 */
public final class CsvExport {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final String LINE_END = "\r\n";

	private final int columns;

	private final StringBuilder text = new StringBuilder();

	private CsvExport(List<String> header) {
		if (header.isEmpty()) {
			throw new IllegalArgumentException("a CSV export needs at least one column");
		}
		this.columns = header.size();
		append(new ArrayList<>(header));
	}

	/** A new export whose first line names the columns. */
	public static CsvExport withHeader(String... columns) {
		return new CsvExport(List.of(columns));
	}

	/** A new export whose first line names the columns. */
	public static CsvExport withHeader(List<String> columns) {
		return new CsvExport(List.copyOf(columns));
	}

	/** An export of {@code rows}, each turned into its cells by {@code cells}. */
	public static <T> CsvExport of(List<String> header, Collection<T> rows, Function<T, List<?>> cells) {
		CsvExport csv = withHeader(header);
		rows.forEach((row) -> csv.row(cells.apply(row)));
		return csv;
	}

	/**
	 * Adds a line. Cells: {@code null} is empty, numbers are written as they are,
	 * everything else as its {@code toString()} (dates in ISO-8601), quoted and
	 * neutralised as needed.
	 * @throws IllegalArgumentException when the number of cells differs from the header
	 */
	public CsvExport row(Object... cells) {
		return row(java.util.Arrays.asList(cells));
	}

	/** Adds a line; see {@link #row(Object...)}. */
	public CsvExport row(List<?> cells) {
		if (cells.size() != this.columns) {
			throw new IllegalArgumentException(
					"a row has " + cells.size() + " cells, the header " + this.columns + " columns");
		}
		append(cells);
		return this;
	}

	/** The CSV text (without byte order mark). */
	public String text() {
		return this.text.toString();
	}

	/** The file's bytes: UTF-8 with a byte order mark. */
	public byte[] bytes() {
		return (BYTE_ORDER_MARK + this.text).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A download of this export for an {@code Anchor} or a button
	 * ({@code anchor.setHref(csv.download("audit-log.csv"))}).
	 */
	public DownloadHandler download(String fileName) {
		Objects.requireNonNull(fileName, "fileName");
		byte[] bytes = bytes();
		return DownloadHandler.fromInputStream((event) -> new DownloadResponse(new ByteArrayInputStream(bytes),
				fileName, "text/csv;charset=UTF-8", bytes.length));
	}

	/** One cell as it appears in the file: neutralised, then quoted if needed. */
	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String text = (value instanceof TemporalAccessor) ? value.toString() : String.valueOf(value);
		return quoted(neutralised(text));
	}

	/**
	 * The text with a leading apostrophe when a spreadsheet would run it as a formula.
	 */
	static String neutralised(String text) {
		if (text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
		return formula ? "'" + text : text;
	}

	private static String quoted(String text) {
		boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0 || text.indexOf(';') >= 0 || text.startsWith(" ") || text.endsWith(" ");
		return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	private void append(List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(cell(cells.get(i)));
		}
		this.text.append(LINE_END);
	}

}

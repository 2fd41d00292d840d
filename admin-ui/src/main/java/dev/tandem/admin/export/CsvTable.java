package dev.tandem.admin.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV sheet of several sections whose rows differ in width (a report: headline numbers,
 * then one table per breakdown). Cells are written exactly as
 * {@link CsvExport#cell(Object)} writes them (formula injection neutralised, quoted when
 * needed, numbers left as numbers), with the same byte-order mark and line ends; use
 * {@link CsvExport} for a plain table with one header.
 */
public final class CsvTable {

	private final List<List<?>> rows = new ArrayList<>();

	/** Adds a row of any width. */
	public CsvTable row(Object... cells) {
		this.rows.add(Arrays.asList(cells));
		return this;
	}

	/** An empty line between sections. */
	public CsvTable blank() {
		this.rows.add(List.of());
		return this;
	}

	public String text() {
		StringBuilder out = new StringBuilder(CsvExport.BYTE_ORDER_MARK);
		for (List<?> row : this.rows) {
			out.append(String.join(",", row.stream().map(CsvExport::cell).toList())).append(CsvExport.LINE_END);
		}
		return out.toString();
	}

	public byte[] bytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

}

package dev.tandem.admin.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvExportTest {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
			"\tTAB", "\rCR", "＝1+1" })
	void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String text) {
		String cell = CsvExport.cell(text);

		String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
		assertThat(unquoted).startsWith("'").isEqualTo("'" + text);
	}

	@Test
	void numbersStayNumbersEvenWhenNegative() {
		assertThat(CsvExport.cell(-3)).isEqualTo("-3");
		assertThat(CsvExport.cell(0.95)).isEqualTo("0.95");
	}

	@Test
	void ordinaryTextIsWrittenUnchanged() {
		assertThat(CsvExport.cell("refund takes 5 days")).isEqualTo("refund takes 5 days");
		assertThat(CsvExport.cell("退款多久到账")).isEqualTo("退款多久到账");
		assertThat(CsvExport.cell("a-b=c")).isEqualTo("a-b=c");
	}

	@Test
	void separatorsQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
		assertThat(CsvExport.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void formulaAndQuotingCombine() {
		assertThat(CsvExport.cell("=1,2")).isEqualTo("\"'=1,2\"");
	}

	@Test
	void nullIsAnEmptyCellAndDatesAreIso() {
		assertThat(CsvExport.cell(null)).isEmpty();
		assertThat(CsvExport.cell(Instant.parse("2026-11-21T10:15:30Z"))).isEqualTo("2026-11-21T10:15:30Z");
	}

	@Test
	void writesHeaderAndRowsWithCrLf() {
		record Case(String key, String summary, double confidence) {
		}
		CsvExport csv = CsvExport.of(List.of("ticket", "summary", "confidence"),
				List.of(new Case("SD-1", "=cmd", 0.5), new Case("SD-2", null, 1)),
				(row) -> Arrays.asList(row.key(), row.summary(), row.confidence()));

		assertThat(csv.text()).isEqualTo("ticket,summary,confidence\r\nSD-1,'=cmd,0.5\r\nSD-2,,1.0\r\n");
	}

	@Test
	void bytesAreUtf8WithByteOrderMark() {
		byte[] bytes = CsvExport.withHeader("问题").bytes();

		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF问题\r\n");
	}

	@Test
	void refusesARowWhoseWidthDiffersFromTheHeader() {
		CsvExport csv = CsvExport.withHeader("a", "b");

		assertThatIllegalArgumentException().isThrownBy(() -> csv.row("only one"))
			.withMessage("a row has 1 cells, the header 2 columns");
	}

}

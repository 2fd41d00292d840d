package dev.tandem.admin.export;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

	@Test
	void startsWithAByteOrderMarkAndEndsLinesWithCrLf() {
		byte[] bytes = new CsvTable().row("a", "退款").bytes();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,退款\r\n");
	}

	@Test
	void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
		assertThat(CsvTable.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvTable.cell("+cmd")).isEqualTo("'+cmd");
		assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvTable.cell("-2+3")).isEqualTo("'-2+3");
	}

	@Test
	void negativeNumbersStayNumbers() {
		assertThat(CsvTable.cell("-0.35")).isEqualTo("-0.35");
	}

	@Test
	void commasQuotesAndLineBreaksAreQuoted() {
		assertThat(CsvTable.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvTable.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvTable.cell("=a,b")).isEqualTo("\"'=a,b\"");
	}

}

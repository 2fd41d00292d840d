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
	void rowsOfDifferentWidthsAreWrittenAsGivenWithFormulasNeutralisedAndNumbersKept() {
		String text = new CsvTable().row("metric", "value").row("=1+1", -0.35, "a,b").blank().row("@SUM(A1)").text();
		assertThat(text).isEqualTo("\uFEFFmetric,value\r\n'=1+1,-0.35,\"a,b\"\r\n\r\n'@SUM(A1)\r\n");
	}

}

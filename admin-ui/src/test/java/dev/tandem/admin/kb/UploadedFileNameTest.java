package dev.tandem.admin.kb;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedFileNameTest {

	private final Path dir = Path.of("/tmp/tandem-import123");

	@ParameterizedTest
	@ValueSource(strings = { "../../etc/passwd", "/etc/passwd", "..\\..\\windows\\win.ini", "C:\\boot.ini",
			"articles.jsonl\u0000.png", "..", ".", "...", "", "a/../../b.csv", "%2e%2e%2fetc", "\u202Egnp.jsonl" })
	void hostileNamesStayInsideTheImportFolder(String hostile) {
		Path target = UploadedFileName.resolveIn(this.dir, hostile);

		assertThat(target.getParent()).isEqualTo(this.dir);
		assertThat(target.getFileName().toString()).doesNotContain("/", "\\", "\u0000", "\u202E")
			.isNotIn(".", "..", "");
	}

	@Test
	void ordinaryNamesKeepTheirNameAndExtension() {
		assertThat(UploadedFileName.sanitise("faq-2026.jsonl")).isEqualTo("faq-2026.jsonl");
		assertThat(UploadedFileName.sanitise("常见问题.md")).isEqualTo("常见问题.md");
		assertThat(UploadedFileName.sanitise("my articles (1).csv")).isEqualTo("my_articles__1_.csv");
	}

	@Test
	void pathIsCutToItsLastSegment() {
		assertThat(UploadedFileName.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(UploadedFileName.sanitise("C:\\Users\\kim\\kb.csv")).isEqualTo("kb.csv");
	}

	@Test
	void nulByteDoesNotTruncateTheName() {
		assertThat(UploadedFileName.sanitise("kb.jsonl\u0000.html")).isEqualTo("kb.jsonl_.html");
	}

	@Test
	void namesOfOnlyDotsBecomeTheFallback() {
		assertThat(UploadedFileName.sanitise("..")).isEqualTo(UploadedFileName.FALLBACK);
		assertThat(UploadedFileName.sanitise(null)).isEqualTo(UploadedFileName.FALLBACK);
	}

	@Test
	void overlongNamesAreShortenedKeepingTheExtension() {
		String name = UploadedFileName.sanitise("a".repeat(500) + ".jsonl");

		assertThat(name).hasSize(120).endsWith(".jsonl");
	}

}

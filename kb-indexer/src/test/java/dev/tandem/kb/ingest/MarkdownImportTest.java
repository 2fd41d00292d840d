package dev.tandem.kb.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownImportTest {

	@TempDir
	Path folder;

	ImportRun run;

	@BeforeEach
	void setUp() {
		this.run = new ImportRun(this.folder);
	}

	@Test
	void readsFieldsFromTheFrontMatterAndTheBodyAfterIt() {
		this.run.write("billing/refund.md", """
				---
				id: refund-time
				title: How long a refund takes
				answer: Five business days.
				questions:
				  - when do I get my money back
				  - 退款多久到账
				category: billing
				language: en
				tags: [refund]
				status: draft
				---
				Refunds take **5 business days**.

				## Details
				More text.
				""");

		ImportReport report = this.run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 1, updated 0, unchanged 0, rejected 0");
		ArticleContent article = this.run.article("refund-time");
		assertThat(article.title()).isEqualTo("How long a refund takes");
		assertThat(article.body()).isEqualTo("Refunds take **5 business days**.\n\n## Details\nMore text.");
		assertThat(article.questions()).containsExactly("when do I get my money back", "退款多久到账");
		assertThat(article.tags()).containsExactly("refund");
		assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void derivesIdFromThePathAndTitleFromTheFirstHeading() {
		this.run.write("guides/Password Reset.markdown", "# Resetting your password\n\nOpen settings.\n");

		this.run.importFolder();

		ArticleContent article = this.run.article("guides/Password-Reset");
		assertThat(article.title()).isEqualTo("Resetting your password");
		assertThat(article.body()).isEqualTo("Open settings.");
	}

	@Test
	void aFileGivenDirectlyGetsItsNameAsId() {
		Path file = this.run.write("sub/refund.md", "Refund\n======\n\nText.\n");

		this.run.importPaths(List.of(file));

		assertThat(this.run.article("refund").title()).isEqualTo("Refund");
	}

	@Test
	void aHeadingRepeatingTheFrontMatterTitleIsKeptOnce() {
		this.run.write("a.md", "---\ntitle: Refunds\n---\n# Refunds\n\nText.\n");

		this.run.importFolder();

		assertThat(this.run.article("a").body()).isEqualTo("Text.");
	}

	@Test
	void yamlScalarsCountAsText() {
		this.run.write("a.md", "---\nid: 404\ntitle: 2024\ntags: refund\n---\nText.\n");

		this.run.importFolder();

		ArticleContent article = this.run.article("404");
		assertThat(article.title()).isEqualTo("2024");
		assertThat(article.tags()).containsExactly("refund");
	}

	@Test
	void rejectsInvalidYamlWithItsLine() {
		Path file = this.run.write("a.md", "---\ntitle: ok\ntags: [unclosed\n---\nText.\n");

		ImportReport report = this.run.importFolder();

		assertThat(report.rejected()).singleElement().satisfies((rejected) -> {
			assertThat(rejected.location().file()).isEqualTo(file);
			assertThat(rejected.location().line()).isGreaterThan(1);
			assertThat(rejected.reason()).startsWith("invalid YAML front matter");
		});
	}

	@Test
	void rejectsFrontMatterThatIsNeverClosed() {
		Path file = this.run.write("a.md", "---\ntitle: x\n\nText.\n");

		assertThat(this.run.rejections(this.run.importFolder()))
			.containsExactly(file + ":1: the front matter opened with '---' on line 1 is not closed with a '---' line");
	}

	@Test
	void rejectsFrontMatterThatIsNotAMapping() {
		this.run.write("a.md", "---\n- a\n- b\n---\nText.\n");

		assertThat(this.run.importFolder().rejected()).singleElement()
			.extracting(RejectedItem::reason)
			.asString()
			.startsWith("the front matter must be YAML 'field: value' lines");
	}

	@Test
	void rejectsAnArticleWithoutTitleOrBody() {
		Path noTitle = this.run.write("no-title.md", "Just text.\n");
		Path noBody = this.run.write("no-body.md", "---\ntitle: T\n---\n\n");

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).containsExactly(
				noBody + ":1: field 'body': is empty: there is no text after the front matter and title",
				noTitle + ":1: field 'title': is missing: no 'title' in the front matter and no '# heading' at the start of the text");
	}

	@Test
	void rejectsWrongFieldTypesAndUnknownStatus() {
		this.run.write("a.md", "---\ntitle: T\nquestions: {a: 1}\n---\nText.\n");
		this.run.write("b.md", "---\ntitle: T\nstatus: LIVE\n---\nText.\n");

		ImportReport report = this.run.importFolder();

		assertThat(report.rejected()).extracting(RejectedItem::field)
			.containsExactly(java.util.Optional.of("questions"), java.util.Optional.of("status"));
	}

	@Test
	void rejectsAPathThatGivesNoId() {
		Path file = this.run.write("???.md", "# T\n\nText.\n");

		assertThat(this.run.rejections(this.run.importFolder())).containsExactly(file
				+ ":1: field 'id': is missing and cannot be derived from the file name; set 'id' in the front matter");
	}

	@Test
	void rejectsInvalidUtf8WithItsLine() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write("# Title\n\nline three ".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xFF);
		Path file = this.run.write("a.md", bytes.toByteArray());

		assertThat(this.run.rejections(this.run.importFolder()))
			.containsExactly(file + ":3: invalid UTF-8 (save the file as UTF-8)");
	}

	@Test
	void rejectsAFileOverTheSizeLimit() {
		this.run.options = this.run.options.withMaxArticleBytes(1000);
		Path file = this.run.write("a.md", "# T\n\n" + "x".repeat(2000));

		assertThat(this.run.rejections(this.run.importFolder())).containsExactly(
				file + ": article is larger than the limit of 1000 bytes (raise it with --max-article-size)");
	}

	@Test
	void readsWindowsLineEnds() {
		this.run.write("a.md", "---\r\ntitle: T\r\n---\r\nLine one\r\nLine two\r\n");

		this.run.importFolder();

		assertThat(this.run.article("a").body()).isEqualTo("Line one\nLine two");
	}

}

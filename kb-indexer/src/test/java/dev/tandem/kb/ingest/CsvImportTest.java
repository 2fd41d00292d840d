package dev.tandem.kb.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CsvImportTest {

	@TempDir
	Path folder;

	ImportRun run;

	@BeforeEach
	void setUp() {
		this.run = new ImportRun(this.folder);
	}

	@Test
	void importsRowsNamedByTheHeader() {
		this.run.write("kb.csv",
				"""
						id,title,body,answer,questions,category,language,tags,status
						refund-time,How long a refund takes,Refunds take 5 days.,Five days.,when do I get my money back|退款多久到账,billing,en,refund|money,DRAFT
						""");

		ImportReport report = this.run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 1, updated 0, unchanged 0, rejected 0");
		ArticleContent article = this.run.article("refund-time");
		assertThat(article.questions()).containsExactly("when do I get my money back", "退款多久到账");
		assertThat(article.tags()).containsExactly("refund", "money");
		assertThat(article.answer()).contains("Five days.");
		assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() {
		this.run.write("kb.csv",
				"Title,ID,Body\r\n"
						+ "\"Refunds, returns\",a,\"Line one\r\nLine \"\"two\"\"\r\n\r\nAfter a blank line\"\r\n"
						+ "Second,b,plain\r\n");

		ImportReport report = this.run.importFolder();

		assertThat(report.created()).isEqualTo(2);
		assertThat(this.run.article("a").title()).isEqualTo("Refunds, returns");
		assertThat(this.run.article("a").body()).isEqualTo("Line one\nLine \"two\"\n\nAfter a blank line");
	}

	@Test
	void countsLinesAcrossMultiLineFieldsWhenRejecting() {
		Path file = this.run.write("kb.csv", "id,title,body\na,A,\"two\nlines\"\nb,,missing title\n");

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).containsExactly(file + ":4: field 'title': is missing");
	}

	@Test
	void emptyOptionalCellsAreAbsentAndBarsCanBeEscaped() {
		this.run.write("kb.csv", "id,title,body,answer,tags,questions\na,A,B,,,is a \\| b allowed?|second\n");

		this.run.importFolder();

		ArticleContent article = this.run.article("a");
		assertThat(article.answer()).isEmpty();
		assertThat(article.tags()).isEmpty();
		assertThat(article.questions()).containsExactly("is a | b allowed?", "second");
	}

	@Test
	void detectsSemicolonAndTabDelimiters() {
		this.run.write("semicolon.csv", "id;title;body\na;Title, with comma;B\n");
		this.run.write("tab.csv", "id\ttitle\tbody\nb\tT\tB\n");

		assertThat(this.run.importFolder().created()).isEqualTo(2);
		assertThat(this.run.article("a").title()).isEqualTo("Title, with comma");
	}

	@Test
	void rejectsRowsWithTheWrongNumberOfFields() {
		Path file = this.run.write("kb.csv", "id,title,body\na,A,B,extra\nb,B\nc,C,ok\n");

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).containsExactly(file
				+ ":2: has 4 fields, the header has 3 (a field with a delimiter or line break must be in double quotes)",
				file + ":3: has 2 fields, the header has 3 (a field with a delimiter or line break must be in double quotes)");
		assertThat(report.created()).isEqualTo(1);
	}

	@Test
	void rejectsTextAfterAClosingQuoteAndGoesOn() {
		Path file = this.run.write("kb.csv", "id,title,body\na,\"A\"x,B\nb,B,ok\n");

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).singleElement()
			.asString()
			.startsWith(file + ":2: malformed CSV: unexpected character 'x' after the closing quote");
		assertThat(report.created()).isEqualTo(1);
	}

	@Test
	void rejectsAQuoteThatIsNeverClosed() {
		Path file = this.run.write("kb.csv", "id,title,body\na,A,ok\nb,B,\"never closed\nc,C,D\n");

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).containsExactly(
				file + ":3: malformed CSV: quoted field opened at line 3 is not closed before the end of the file");
		assertThat(report.created()).isEqualTo(1);
	}

	@Test
	void rejectsAHeaderWithoutARequiredColumn() {
		Path file = this.run.write("kb.csv", "id,title,text\na,A,B\n");

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).containsExactly(
				file + ":1: the header has no 'body' column (it has: id, title, text); the file is not read");
	}

	@Test
	void rejectsAHeaderNamingAColumnTwice() {
		this.run.write("kb.csv", "id,title,body,Title\na,A,B,C\n");

		assertThat(this.run.importFolder().rejected()).singleElement()
			.extracting(RejectedItem::reason)
			.asString()
			.contains("'title' twice");
	}

	@Test
	void rejectsOnlyTheRecordWithInvalidUtf8() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write("id,title,body\na,A,ok\nb,caf".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xE9);
		bytes.write(",x\nc,C,ok\n".getBytes(StandardCharsets.UTF_8));
		Path file = this.run.write("kb.csv", bytes.toByteArray());

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report))
			.containsExactly(file + ":3: invalid UTF-8 in this record (save the file as UTF-8)");
		assertThat(report.created()).isEqualTo(2);
	}

	@Test
	void rejectsAnOversizedRecordAndReadsTheNext() {
		this.run.options = this.run.options.withMaxArticleBytes(100);
		Path file = this.run.write("kb.csv", "id,title,body\nbig,B,\"" + "x".repeat(500) + "\"\nsmall,S,ok\n");

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).singleElement().asString().startsWith(file + ":2: article is larger");
		assertThat(this.run.article("small").body()).isEqualTo("ok");
	}

	@Test
	void acceptsAByteOrderMarkBeforeTheHeader() {
		this.run.write("kb.csv", "\uFEFFid,title,body\na,A,B\n");

		assertThat(this.run.importFolder().created()).isEqualTo(1);
	}

	@Test
	void warnsAboutUnknownColumns() {
		this.run.write("kb.csv", "id,title,body,url\na,A,B,https://example.com\n");

		ImportReport report = this.run.importFolder();

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.warnings()).singleElement()
			.extracting(ImportWarning::message)
			.asString()
			.startsWith("unknown field 'url'");
	}

}

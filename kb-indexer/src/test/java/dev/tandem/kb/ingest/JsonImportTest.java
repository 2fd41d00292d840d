package dev.tandem.kb.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;

import static dev.tandem.kb.ingest.ImportRun.line;
import static org.assertj.core.api.Assertions.assertThat;

class JsonImportTest {

	@TempDir
	Path folder;

	ImportRun run;

	@BeforeEach
	void setUp() {
		this.run = new ImportRun(this.folder);
	}

	@Test
	void importsEveryFieldOfTheContractExample() {
		this.run.write("kb.jsonl", """
				{"id": "refund-time", "title": "How long a refund takes", "body": "Markdown text ...", \
				"answer": "Short reply", "questions": ["when do I get my money back", "退款多久到账"], \
				"category": "billing", "language": "en", "tags": ["refund"], "status": "DRAFT"}
				""");

		ImportReport report = this.run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 1, updated 0, unchanged 0, rejected 0");
		assertThat(report.exitCode()).isZero();
		ArticleContent article = this.run.article("refund-time");
		assertThat(article.title()).isEqualTo("How long a refund takes");
		assertThat(article.body()).isEqualTo("Markdown text ...");
		assertThat(article.answer()).contains("Short reply");
		assertThat(article.questions()).containsExactly("when do I get my money back", "退款多久到账");
		assertThat(article.category()).contains("billing");
		assertThat(article.language()).contains("en");
		assertThat(article.tags()).containsExactly("refund");
		assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void optionalFieldsMayBeAbsentOrNull() {
		this.run.write("kb.jsonl",
				"{\"id\": \"a\", \"title\": \"A\", \"body\": \"B\", \"answer\": null, \"tags\": null}\n");

		this.run.importFolder();

		ArticleContent article = this.run.article("a");
		assertThat(article.answer()).isEmpty();
		assertThat(article.language()).isEmpty();
		assertThat(article.tags()).isEmpty();
		assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	void rejectsAMalformedLineByNumberAndKeepsTheOthers() {
		Path file = this.run.write("kb.jsonl", line("a", "A", "first")
				+ "{\"id\": \"b\", \"title\": \"B\" \"body\": \"x\"}\n" + line("c", "C", "third"));

		ImportReport report = this.run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 2, updated 0, unchanged 0, rejected 1");
		assertThat(report.exitCode()).isEqualTo(1);
		assertThat(report.rejected()).singleElement().satisfies((rejected) -> {
			assertThat(rejected.location()).isEqualTo(SourceLocation.line(file, 2));
			assertThat(rejected.reason()).startsWith("malformed JSON at column");
		});
		assertThat(this.run.repository.find("b")).isEmpty();
	}

	@Test
	void skipsBlankLinesAndCountsLinesCorrectly() {
		Path file = this.run.write("kb.jsonl", "\n" + line("a", "A", "x") + "\r\n   \n{broken\n");

		ImportReport report = this.run.importFolder();

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).singleElement()
			.extracting(RejectedItem::location)
			.isEqualTo(SourceLocation.line(file, 5));
	}

	@Test
	void namesEachMissingRequiredField() {
		this.run.write("kb.jsonl", """
				{"title": "T", "body": "B"}
				{"id": "a", "body": "B"}
				{"id": "b", "title": "T"}
				{"id": "c", "title": "  ", "body": "B"}
				{"id": "d", "title": "T", "body": " \\n "}
				""");

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).containsExactly(
				this.folder.resolve("kb.jsonl") + ":1: field 'id': is missing",
				this.folder.resolve("kb.jsonl") + ":2: field 'title': is missing",
				this.folder.resolve("kb.jsonl") + ":3: field 'body': is missing",
				this.folder.resolve("kb.jsonl") + ":4: field 'title': is empty",
				this.folder.resolve("kb.jsonl") + ":5: field 'body': is empty");
		assertThat(this.run.repository.saveCount()).isZero();
	}

	@Test
	void rejectsWrongTypes() {
		this.run.write("kb.jsonl", """
				{"id": "a", "title": "T", "body": "B", "questions": "only one"}
				{"id": "b", "title": "T", "body": "B", "questions": ["ok", 42]}
				{"id": "c", "title": 404, "body": "B"}
				{"id": "d", "title": "T", "body": "B", "tags": {"x": 1}}
				{"id": 7, "title": "T", "body": "B"}
				["not", "an", "object"]
				""");

		ImportReport report = this.run.importFolder();

		assertThat(report.rejected()).extracting(RejectedItem::field, RejectedItem::reason)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("questions"),
							"must be an array of strings, got a string"),
					org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("questions"),
							"must be an array of strings, but element 2 is a number (42)"),
					org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("title"),
							"must be a string, got a number (404)"),
					org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("tags"),
							"must be an array of strings, got an object"),
					org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("id"),
							"must be a string, got a number (7)"),
					org.assertj.core.groups.Tuple.tuple(java.util.Optional.empty(),
							"expected an article object {\"id\": ..., \"title\": ..., \"body\": ...}, got an array"));
	}

	@Test
	void rejectsUnknownStatusValuesAndAcceptsAnyCase() {
		this.run.write("kb.jsonl", """
				{"id": "a", "title": "T", "body": "B", "status": "LIVE"}
				{"id": "b", "title": "T", "body": "B", "status": "archived"}
				""");

		ImportReport report = this.run.importFolder();

		assertThat(report.rejected()).singleElement()
			.extracting(RejectedItem::describe)
			.asString()
			.endsWith(":1: field 'status': unknown status 'LIVE' (expected DRAFT, PUBLISHED or ARCHIVED)");
		assertThat(this.run.article("b").status()).isEqualTo(ArticleStatus.ARCHIVED);
	}

	@Test
	void rejectsInvalidIdsAndLanguages() {
		this.run.write("kb.jsonl", """
				{"id": "has space", "title": "T", "body": "B"}
				{"id": "ok", "title": "T", "body": "B", "language": "English language"}
				""");

		ImportReport report = this.run.importFolder();

		assertThat(report.rejected()).extracting(RejectedItem::describe)
			.satisfiesExactly((first) -> assertThat(first).contains("field 'id': 'has space' contains a blank"),
					(second) -> assertThat(second)
						.contains("field 'language': 'English language' is not a language tag"));
	}

	@Test
	void rejectsTheSecondOfTwoArticlesWithTheSameIdNamingTheFirst() {
		Path file = this.run.write("kb.jsonl", line("a", "First", "1") + line("a", "Second", "2"));

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report))
			.containsExactly(file + ":2: field 'id': duplicate id 'a': already defined at " + file + ":1");
		assertThat(this.run.article("a").title()).isEqualTo("First");
	}

	@Test
	void rejectsDuplicateIdsAcrossTheFilesOfOneRun() {
		Path first = this.run.write("a.jsonl", line("same", "First", "1"));
		Path second = this.run.write("b.jsonl", line("other", "Other", "1") + line("same", "Second", "2"));

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report))
			.containsExactly(second + ":2: field 'id': duplicate id 'same': already defined at " + first + ":1");
		assertThat(report.created()).isEqualTo(2);
	}

	@Test
	void rejectsTheSameKeyTwiceInOneArticle() {
		this.run.write("kb.jsonl", "{\"id\": \"a\", \"title\": \"T\", \"title\": \"U\", \"body\": \"B\"}\n");

		assertThat(this.run.importFolder().rejected()).singleElement()
			.extracting(RejectedItem::reason)
			.asString()
			.contains("Duplicate")
			.contains("title");
	}

	@Test
	void rejectsTrailingContentAfterTheObjectOnALine() {
		this.run.write("kb.jsonl", "{\"id\": \"a\", \"title\": \"T\", \"body\": \"B\"} {\"id\": \"b\"}\n");

		assertThat(this.run.importFolder().rejected()).singleElement()
			.extracting(RejectedItem::reason)
			.asString()
			.startsWith("malformed JSON");
	}

	@Test
	void rejectsATenMegabyteArticleWithoutLosingTheNextOne() throws Exception {
		Path file = this.folder.resolve("big.jsonl");
		try (var out = Files.newOutputStream(file)) {
			out.write(line("small-1", "S", "before").getBytes(StandardCharsets.UTF_8));
			out.write("{\"id\": \"huge\", \"title\": \"Huge\", \"body\": \"".getBytes(StandardCharsets.UTF_8));
			byte[] chunk = "0123456789".repeat(100_000).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 10; i++) {
				out.write(chunk);
			}
			out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
			out.write(line("small-2", "S", "after").getBytes(StandardCharsets.UTF_8));
		}

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report))
			.containsExactly(file + ":2: article is larger than the limit of 1 MB (raise it with --max-article-size)");
		assertThat(report.created()).isEqualTo(2);
		assertThat(this.run.repository.find("huge")).isEmpty();
	}

	@Test
	void theSizeLimitCanBeRaised() {
		this.run.options = this.run.options.withMaxArticleBytes(2 * 1024 * 1024);
		this.run.write("kb.jsonl", line("big", "Big", "x".repeat(1_500_000)));

		assertThat(this.run.importFolder().created()).isEqualTo(1);
		assertThat(this.run.article("big").body()).hasSize(1_500_000);
	}

	@Test
	void rejectsOnlyTheLineWithInvalidUtf8() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(line("a", "A", "ok").getBytes(StandardCharsets.UTF_8));
		bytes.write("{\"id\": \"b\", \"title\": \"caf".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xE9); // Latin-1 é: not UTF-8
		bytes.write("\", \"body\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
		bytes.write(line("c", "C", "ok").getBytes(StandardCharsets.UTF_8));
		Path file = this.run.write("kb.jsonl", bytes.toByteArray());

		ImportReport report = this.run.importFolder();

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.rejected()).singleElement().satisfies((rejected) -> {
			assertThat(rejected.location()).isEqualTo(SourceLocation.line(file, 2));
			assertThat(rejected.reason()).startsWith("invalid UTF-8 (save the file as UTF-8)");
		});
	}

	@Test
	void acceptsAUtf8ByteOrderMark() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.write(line("a", "标题", "正文").getBytes(StandardCharsets.UTF_8));
		this.run.write("kb.jsonl", bytes.toByteArray());

		assertThat(this.run.importFolder().created()).isEqualTo(1);
		assertThat(this.run.article("a").title()).isEqualTo("标题");
	}

	@Test
	void decodesUtf16WithAByteOrderMark() {
		String text = line("a", "标题 😀", "正文") + line("b", "B", "x");
		this.run.write("le.jsonl", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
		this.run.write("be.json", ("\uFEFF[" + line("c", "C", "x") + "]").getBytes(StandardCharsets.UTF_16BE));

		ImportReport report = this.run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 3, updated 0, unchanged 0, rejected 0");
		assertThat(this.run.article("a").title()).isEqualTo("标题 😀");
	}

	@Test
	void rejectsBinaryFilesAsAWhole() {
		Path file = this.run.write("image.json",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).singleElement().asString().startsWith(file + ": binary file, not text");
	}

	@Test
	void rejectsUtf16WithoutAByteOrderMarkWithAHint() {
		this.run.write("kb.jsonl", line("a", "A", "x").getBytes(StandardCharsets.UTF_16LE));

		assertThat(this.run.importFolder().rejected()).singleElement()
			.extracting(RejectedItem::reason)
			.asString()
			.contains("UTF-16");
	}

	@Test
	void rejectsAFileThatCannotBeRead() throws Exception {
		Path link = this.folder.resolve("gone.jsonl");
		Files.createSymbolicLink(link, this.folder.resolve("missing-target.jsonl"));

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).containsExactly(link + ": cannot be read: no such file");
	}

	@Test
	void readsAJsonArrayOfArticles() {
		this.run.write("kb.json", """
				[
				  {"id": "a", "title": "A", "body": "first"},
				  {"id": "b",
				   "title": "B", "body": "with [brackets] and {braces} and \\"quotes\\""}
				]
				""");

		ImportReport report = this.run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 2, updated 0, unchanged 0, rejected 0");
		assertThat(this.run.article("b").body()).isEqualTo("with [brackets] and {braces} and \"quotes\"");
	}

	@Test
	void rejectsBadArrayElementsByLineAndReadsTheRest() {
		Path file = this.run.write("kb.json", """
				[
				  {"id": "a", "title": "A", "body": "first"},
				  {"id": "b", "title": "B",
				   "body": "x" "oops": 1},
				  42,
				  {"id": "c", "title": "C", "body": "third"}
				]
				""");

		ImportReport report = this.run.importFolder();

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.rejected()).extracting(RejectedItem::location)
			.containsExactly(SourceLocation.line(file, 3), SourceLocation.line(file, 5));
		assertThat(report.rejected().get(0).reason()).startsWith("malformed JSON at line 4, at column");
	}

	@Test
	void rejectsAnOversizedArrayElementAndReadsTheNext() {
		this.run.options = this.run.options.withMaxArticleBytes(1000);
		Path file = this.run.write("kb.json",
				"[" + line("big", "B", "x".repeat(5000)) + "," + line("small", "S", "y") + "]");

		ImportReport report = this.run.importFolder();

		assertThat(this.run.rejections(report)).containsExactly(
				file + ":1: article is larger than the limit of 1000 bytes (raise it with --max-article-size)");
		assertThat(this.run.article("small").body()).isEqualTo("y");
	}

	@Test
	void reportsAnArrayThatIsNeverClosed() {
		Path file = this.run.write("kb.json", "[\n" + line("a", "A", "x") + ",\n" + "{\"id\": \"b\", \"title\": \"B\"");

		ImportReport report = this.run.importFolder();

		assertThat(report.created()).isEqualTo(1);
		assertThat(this.run.rejections(report)).last()
			.asString()
			.startsWith(file + ":4: the JSON value starting here is not closed");
	}

	@Test
	void readsASinglePrettyPrintedObject() {
		this.run.write("one.json", """
				{
				  "id": "a",
				  "title": "A",
				  "body": "B"
				}
				""");

		assertThat(this.run.importFolder().created()).isEqualTo(1);
	}

	@Test
	void warnsOnceAboutUnknownFields() {
		this.run.write("kb.jsonl", """
				{"id": "a", "title": "T", "body": "B", "catgory": "x"}
				{"id": "b", "title": "T", "body": "B", "catgory": "y"}
				""");

		ImportReport report = this.run.importFolder();

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.warnings()).singleElement()
			.extracting(ImportWarning::message)
			.asString()
			.startsWith("unknown field 'catgory' ignored");
	}

	@Test
	void warnsAboutAnEmptyFile() {
		this.run.write("empty.jsonl", "");

		ImportReport report = this.run.importFolder();

		assertThat(report.exitCode()).isZero();
		assertThat(report.warnings()).extracting(ImportWarning::message).containsExactly("the file holds no articles");
	}

	@Test
	void neverStoresHalfAnArticle() {
		this.run.write("kb.jsonl", "{\"id\": \"a\", \"title\": \"T\", \"body\": \"B\", \"status\": \"NOPE\"}\n");

		this.run.importFolder();

		assertThat(this.run.repository.saveCount()).isZero();
		assertThat(List.of(this.run.repository.all().toArray())).isEmpty();
	}

}

package dev.tandem.kb.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;

import static dev.tandem.kb.ingest.ImportRun.line;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleImporterTest {

	@TempDir
	Path folder;

	ImportRun run;

	@BeforeEach
	void setUp() {
		this.run = new ImportRun(this.folder);
	}

	@Test
	void countsCreatedUpdatedAndUnchangedArticles() {
		this.run.write("kb.jsonl", line("a", "A", "one") + line("b", "B", "two"));
		assertThat(this.run.importFolder().summaryLine()).isEqualTo("created 2, updated 0, unchanged 0, rejected 0");

		this.run.write("kb.jsonl", line("a", "A", "one") + line("b", "B", "two, edited") + line("c", "C", "three"));
		ImportReport second = this.run.importFolder();

		assertThat(second.summaryLine()).isEqualTo("created 1, updated 1, unchanged 1, rejected 0");
		assertThat(this.run.repository.history("b")).extracting(ArticleVersion::number).containsExactly(1, 2);
		assertThat(this.run.repository.history("a")).hasSize(1);
	}

	@Test
	void recordsWhoImportedFromWhere() {
		Path file = this.run.write("kb.jsonl", line("a", "A", "one"));

		this.run.importFolder();

		ArticleVersion version = this.run.repository.find("a").orElseThrow().version();
		assertThat(version.author()).isEqualTo("tester");
		assertThat(version.source()).isEqualTo(ArticleSource.IMPORT);
		assertThat(version.changeSummary()).isEqualTo("imported from " + file + ":1");
	}

	@Test
	void aDryRunStoresNothingButTellsWhatWouldHappen() {
		this.run.write("kb.jsonl", line("a", "A", "one"));
		this.run.importFolder();
		this.run.write("kb.jsonl", line("a", "A", "one, edited") + line("b", "B", "new") + "{bad\n");
		int savesBefore = this.run.repository.saveCount();

		this.run.options = this.run.options.withDryRun(true);
		ImportReport report = this.run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 1, updated 1, unchanged 0, rejected 1");
		assertThat(report.dryRun()).isTrue();
		assertThat(report.exitCode()).isEqualTo(1);
		assertThat(this.run.repository.saveCount()).isEqualTo(savesBefore);
		assertThat(this.run.repository.find("b")).isEmpty();
		assertThat(this.run.article("a").body()).isEqualTo("one");
	}

	@Test
	void exitCodeIsZeroOnlyWhenNothingWasRejected() {
		this.run.write("kb.jsonl", line("a", "A", "one"));
		assertThat(this.run.importFolder().exitCode()).isZero();

		this.run.write("more.jsonl", "{\"id\": \"b\"}\n");
		assertThat(this.run.importFolder().exitCode()).isEqualTo(1);
	}

	@Test
	void appliesTheDefaultStatusOnlyToArticlesWithoutOne() {
		this.run.write("kb.jsonl", line("a", "A", "one")
				+ "{\"id\": \"b\", \"title\": \"B\", \"body\": \"x\", \"status\": \"PUBLISHED\"}\n");
		this.run.options = this.run.options.withDefaultStatus(ArticleStatus.DRAFT);

		this.run.importFolder();

		assertThat(this.run.article("a").status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(this.run.article("b").status()).isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	void readsEveryFormatInAFolderRecursivelyAndReportsOtherFilesAsSkipped() {
		this.run.write("a.jsonl", line("a", "A", "x"));
		this.run.write("sub/b.json", "[" + line("b", "B", "x") + "]");
		this.run.write("sub/c.csv", "id,title,body\nc,C,x\n");
		this.run.write("sub/deeper/d.md", "# D\n\nx\n");
		this.run.write("e.htm", "<h1>E</h1><p>x</p>");
		Path image = this.run.write("sub/logo.png", new byte[] { 1, 2, 3 });
		this.run.write(".git/config.json", "not read");

		ImportReport report = this.run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 5, updated 0, unchanged 0, rejected 0");
		assertThat(report.skipped()).extracting(SkippedFile::file).containsExactly(image);
		assertThat(this.run.repository.find("sub/deeper/d")).isPresent();
		assertThat(this.run.repository.find("e")).isPresent();
	}

	@Test
	void rejectsPathsThatDoNotExistOrAreNoArticleFiles() {
		Path missing = this.folder.resolve("missing.jsonl");
		Path text = this.run.write("notes.txt", "hello");

		ImportReport report = this.run.importPaths(List.of(missing, text));

		assertThat(this.run.rejections(report)).containsExactly(missing + ": no such file or folder",
				text + ": not an article file (expected *.jsonl, *.json, *.csv, *.md, *.markdown, *.html, *.htm)");
		assertThat(report.exitCode()).isEqualTo(1);
	}

	@Test
	void readsAFileGivenTwiceOnce() {
		Path file = this.run.write("kb.jsonl", line("a", "A", "x"));

		ImportReport report = this.run.importPaths(List.of(file, this.folder));

		assertThat(report.summaryLine()).isEqualTo("created 1, updated 0, unchanged 0, rejected 0");
	}

	@Test
	void stopsWhenTheStoreFailsKeepsWhatWasSavedAndNamesWhatWasNot() {
		this.run.write("kb.jsonl", line("a", "A", "x") + line("boom", "B", "x") + line("c", "C", "x"));
		FailingRepository repository = new FailingRepository(this.run.repository, "boom");

		ImportReport report = new ArticleImporter(repository, Clock.systemUTC()).run(List.of(this.folder),
				this.run.options, ImportListener.NONE);

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejectedCount()).isEqualTo(2);
		assertThat(report.rejected().getFirst().reason()).startsWith("not saved: the article store failed: refused");
		assertThat(report.rejected().getLast().location().toString()).endsWith("kb.jsonl:3");
		assertThat(report.rejected().getLast().reason()).contains("not attempted after an earlier failure");
		assertThat(report.abortedBecause()).hasValueSatisfying((reason) -> assertThat(reason).contains("kb.jsonl:2"));
		assertThat(report.exitCode()).isEqualTo(1);
		assertThat(this.run.repository.find("a")).isPresent();
		assertThat(this.run.repository.find("c")).isEmpty();
	}

	@Test
	void reportsProgressForEveryItemAndOnceAtTheEnd() {
		this.run.write("kb.jsonl", line("a", "A", "x") + "{bad\n");
		List<ImportProgress> progress = new ArrayList<>();
		List<RejectedItem> rejected = new ArrayList<>();
		List<ImportReport> finished = new ArrayList<>();
		ImportListener listener = new ImportListener() {

			@Override
			public void progressed(ImportProgress value) {
				progress.add(value);
			}

			@Override
			public void rejected(RejectedItem item) {
				rejected.add(item);
			}

			@Override
			public void finished(ImportReport report) {
				finished.add(report);
			}

		};

		new ArticleImporter(this.run.repository, Clock.systemUTC()).run(List.of(this.folder), this.run.options,
				listener);

		// Valid articles count once their batch is saved (at the end here), rejections at
		// once.
		assertThat(progress).extracting(ImportProgress::itemsDone).containsExactly(0L, 1L, 1L, 2L);
		assertThat(progress.getLast().filesDone()).isEqualTo(1);
		assertThat(progress.getLast().fractionDone()).isEqualTo(1.0);
		assertThat(rejected).hasSize(1);
		assertThat(finished).singleElement().extracting(ImportReport::rejectedCount).isEqualTo(1L);
	}

	/**
	 * Delegates to a real repository but fails saving one id.
	 */
	private record FailingRepository(ArticleRepository delegate, String failingId) implements ArticleRepository {

		@Override
		public Optional<StoredArticle> find(String id) {
			return this.delegate.find(id);
		}

		@Override
		public SaveResult save(ArticleContent content, ArticleChange change) {
			if (content.id().equals(this.failingId)) {
				throw new ArticleStoreException("refused");
			}
			return this.delegate.save(content, change);
		}

		@Override
		public Stream<StoredArticle> all() {
			return this.delegate.all();
		}

		@Override
		public List<ArticleVersion> history(String id) {
			return this.delegate.history(id);
		}

		@Override
		public Optional<ArticleContent> version(String id, int number) {
			return this.delegate.version(id, number);
		}

	}

}

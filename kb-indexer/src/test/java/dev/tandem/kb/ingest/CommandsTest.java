package dev.tandem.kb.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import picocli.CommandLine;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.retrieval.ArticleIndexingQueue;
import dev.tandem.kb.article.ArticleStatus;

import static dev.tandem.kb.ingest.ImportRun.line;
import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {

	@TempDir
	Path folder;

	ImportRun run;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	@BeforeEach
	void setUp() {
		this.run = new ImportRun(this.folder.resolve("kb"));
	}

	private int execute(Object command, String... args) {
		CommandLine commandLine = new CommandLine(command);
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	private ObjectProvider<ArticleRepository> repository() {
		return new StaticListableBeanFactory(Map.of("articleRepository", this.run.repository))
			.getBeanProvider(ArticleRepository.class);
	}

	private ImportCommand importCommand() {
		return new ImportCommand(repository(),
				new StaticListableBeanFactory(Map.of()).getBeanProvider(ArticleIndexingQueue.class),
				new ImportProperties(null),
				new StaticListableBeanFactory(Map.of("clock", Clock.systemUTC())).getBeanProvider(Clock.class),
				new StaticListableBeanFactory(Map.of()).getBeanProvider(CalibrationService.class));
	}

	@Test
	void importEndsWithTheSummaryLineAndExitsZero() {
		this.run.write("a.jsonl", line("a", "A", "x"));

		int exit = execute(importCommand(), this.run.folder.toString(), "--progress", "none");

		assertThat(exit).isZero();
		assertThat(this.out.toString().lines()).last().isEqualTo("created 1, updated 0, unchanged 0, rejected 0");
	}

	@Test
	void importNamesEveryRejectionAndExitsOne() {
		Path file = this.run.write("a.jsonl", line("a", "A", "x") + "{\"id\": \"b\", \"title\": \"B\"}\n");

		int exit = execute(importCommand(), this.run.folder.toString(), "--progress", "lines");

		assertThat(exit).isEqualTo(1);
		assertThat(this.out.toString().lines()).containsExactly("rejected " + file + ":2: field 'body': is missing",
				"created 1, updated 0, unchanged 0, rejected 1");
		assertThat(this.err.toString()).startsWith("importing 1 file");
	}

	@Test
	void importDryRunAndStatusOptions() {
		this.run.write("a.jsonl", line("a", "A", "x"));

		execute(importCommand(), "--dry-run", "--status", "draft", this.run.folder.toString());
		assertThat(this.run.repository.find("a")).isEmpty();
		assertThat(this.out.toString()).contains("dry run: nothing was stored");

		execute(importCommand(), "--status", "DRAFT", "--author", "alice", this.run.folder.toString());
		assertThat(this.run.article("a").status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(this.run.repository.find("a").orElseThrow().version().author()).isEqualTo("alice");
	}

	@Test
	void importHonoursTheSizeOption() {
		this.run.write("a.jsonl", line("a", "A", "x".repeat(3000)));

		int exit = execute(importCommand(), "--max-article-size", "2KB", this.run.folder.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(this.out.toString()).contains("article is larger than the limit of 2 KB");
	}

	@Test
	void importRefusesUnknownStatusesAsAUsageError() {
		int exit = execute(importCommand(), "--status", "LIVE", this.run.folder.toString());

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("unknown status 'LIVE'");
	}

	@Test
	void exportWritesAFileThatImportsBackUnchanged() throws Exception {
		this.run.write("a.jsonl", line("a", "A", "x") + line("b", "B", "y"));
		execute(importCommand(), this.run.folder.toString());
		Path exported = this.folder.resolve("export/kb.jsonl");

		int exit = execute(new ExportCommand(repository()), "--output", exported.toString());

		assertThat(exit).isZero();
		assertThat(Files.readAllLines(exported)).hasSize(2);
		assertThat(this.err.toString()).contains("exported 2 articles to " + exported);
		this.out.getBuffer().setLength(0);
		execute(importCommand(), exported.toString());
		assertThat(this.out.toString().lines()).last().isEqualTo("created 0, updated 0, unchanged 2, rejected 0");
	}

	@Test
	void exportFiltersByStatusAndWritesToStandardOutputByDefault() {
		this.run.write("a.jsonl",
				line("a", "A", "x") + "{\"id\": \"d\", \"title\": \"D\", \"body\": \"y\", \"status\": \"DRAFT\"}\n");
		execute(importCommand(), this.run.folder.toString());
		ExportCommand export = new ExportCommand(repository());
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		export.standardOutput = () -> stdout;

		int exit = execute(export, "--status", "DRAFT,ARCHIVED");

		assertThat(exit).isZero();
		assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("\"id\":\"d\"");
	}

	@Test
	void commandsSayWhenNoStoreIsConfigured() {
		ObjectProvider<ArticleRepository> none = new StaticListableBeanFactory()
			.getBeanProvider(ArticleRepository.class);

		int exit = execute(new ExportCommand(none));

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString()).contains("no article store is configured");
	}

}

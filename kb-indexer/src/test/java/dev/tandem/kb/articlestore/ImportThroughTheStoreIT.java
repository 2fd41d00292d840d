package dev.tandem.kb.articlestore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.tandem.kb.KbIndexerApplication;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.cli.KbIndexerCommandLine;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.retrieval.HybridSearch;
import dev.tandem.kb.retrieval.RetrievalFilter;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kb-indexer import} and {@code export} as the command line runs them, against the
 * Elasticsearch article store.
 */
@SpringBootTest(classes = KbIndexerApplication.class)
@ExtendWith(OutputCaptureExtension.class)
class ImportThroughTheStoreIT {

	private static IndexNames names;

	@Autowired
	private KbIndexerCommandLine commandLine;

	@Autowired
	private ArticleRepository repository;

	@Autowired
	private HybridSearch search;

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry registry) {
		names = SharedElasticsearch.register(registry, "import-store");
	}

	@AfterAll
	static void deleteIndices() {
		SharedElasticsearch.deleteIndices(names);
	}

	@Test
	void importingTheSameFileAgainChangesNothing(@TempDir Path folder, CapturedOutput output) throws IOException {
		Path file = jsonLines(folder, article("same-1", "First."), article("same-2", "Second."),
				article("same-3", "Third."));

		assertThat(this.commandLine.execute("import", file.toString(), "--progress=none")).isZero();
		assertThat(this.commandLine.execute("import", file.toString(), "--progress=none")).isZero();

		assertThat(output).contains("created 3, updated 0, unchanged 0, rejected 0")
			.contains("created 0, updated 0, unchanged 3, rejected 0");
		assertThat(this.repository.history("same-2")).hasSize(1);
	}

	@Test
	void theImportedArticlesAreSearchableWhenTheCommandEnds(@TempDir Path folder, CapturedOutput output)
			throws IOException {
		Path file = jsonLines(folder,
				"{\"id\": \"search-parcel\", \"title\": \"Where is my parcel\", \"body\": \"Track it online.\", "
						+ "\"questions\": [\"my parcel has not arrived\", \"track a delivery\"]}",
				article("search-other", "Something else entirely."));

		assertThat(this.commandLine.execute("import", file.toString(), "--progress=lines")).isZero();

		// No waiting: the command returns once its articles are indexed and refreshed.
		assertThat(this.search.search("where is my parcel", RetrievalFilter.published()).best())
			.hasValueSatisfying((best) -> assertThat(best.id()).isEqualTo("search-parcel"));
		assertThat(output).contains("indexed 6 texts for search");
		assertThat(output.getOut().lines().toList()).last().isEqualTo("created 2, updated 0, unchanged 0, rejected 0");
		// The recalibration the import made pending ran with progress, after the summary
		// line, rather than silently before the process exits.
		assertThat(output.getErr()).contains("calibrating the changed knowledge base")
			.containsPattern("calibrated in [0-9.]+ s: threshold");
	}

	@Test
	void anImportTimedAloneLeavesItsCalibrationPending(@TempDir Path folder, CapturedOutput output) throws IOException {
		Path file = jsonLines(folder, article("later-1", "First."), article("later-2", "Second."));

		assertThat(this.commandLine.execute("import", file.toString(), "--progress=none", "--no-calibrate-now"))
			.isZero();

		assertThat(output.getErr()).doesNotContain("calibrating the changed knowledge base");
	}

	@Test
	void aRejectedLineChangesNothingAndTheValidOnesAreKept(@TempDir Path folder, CapturedOutput output)
			throws IOException {
		Path file = jsonLines(folder, article("kept-1", "First."), "{\"id\": \"broken\", \"body\": \"No title.\"}",
				article("kept-2", "Second."));

		assertThat(this.commandLine.execute("import", file.toString(), "--progress=none")).isEqualTo(1);

		assertThat(output).contains("created 2, updated 0, unchanged 0, rejected 1").contains(file + ":2");
		assertThat(this.repository.find("kept-1")).isPresent();
		assertThat(this.repository.find("kept-2")).isPresent();
		assertThat(this.repository.find("broken")).isEmpty();
	}

	@Test
	void exportWritesTheImportedArticles(@TempDir Path folder) throws IOException {
		Path file = jsonLines(folder, article("export-1", "Exported."));
		this.commandLine.execute("import", file.toString(), "--progress=none");
		Path exported = folder.resolve("exported.jsonl");

		assertThat(this.commandLine.execute("export", "--output", exported.toString())).isZero();

		assertThat(Files.readAllLines(exported))
			.anySatisfy((line) -> assertThat(line).contains("\"id\":\"export-1\"").contains("\"body\":\"Exported.\""));
	}

	private static String article(String id, String body) {
		return "{\"id\": \"" + id + "\", \"title\": \"Title of " + id + "\", \"body\": \"" + body + "\"}";
	}

	private static Path jsonLines(Path folder, String... lines) throws IOException {
		Path file = folder.resolve("articles.jsonl");
		Files.write(file, List.of(lines));
		return file;
	}

}

package dev.tandem.kb.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample folder shown in docs/knowledge-base-import.md: one file per format and one
 * with typical mistakes.
 */
class SampleFolderImportTest {

	@Test
	void importsTheSampleFolderAsDocumented() throws URISyntaxException {
		Path sample = Path.of(getClass().getResource("/import/sample").toURI());
		ImportRun run = new ImportRun(sample);

		ImportReport report = run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 5, updated 0, unchanged 0, rejected 4");
		assertThat(report.rejected()).extracting(RejectedItem::describe)
			.map((line) -> line.substring(sample.toString().length() + 1))
			.containsExactly("broken.jsonl:1: field 'body': is missing",
					"broken.jsonl:2: field 'status': unknown status 'LIVE' (expected DRAFT, PUBLISHED or ARCHIVED)",
					"broken.jsonl:3: field 'id': duplicate id 'refund-time': already defined at " + sample
							+ "/articles.jsonl:1",
					"broken.jsonl:4: malformed JSON at column 2: Unexpected character ('n' (code 110)): was expecting double-quote to start property name");
		assertThat(run.repository.all().map((article) -> article.id())).containsExactly("guides/shipping",
				"guides/two-factor", "invoice-copy", "password-reset", "refund-time");
		assertThat(List.of(run.article("guides/shipping").body()))
			.containsExactly("Orders ship within **2 days**. Delivery takes 3 to 5 days.");
	}

}

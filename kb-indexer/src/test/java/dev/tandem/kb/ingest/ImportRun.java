package dev.tandem.kb.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.InMemoryArticleRepository;

/**
 * Test fixture: a folder of import files, an in-memory store and the importer.
 */
final class ImportRun {

	final Path folder;

	final InMemoryArticleRepository repository = new InMemoryArticleRepository(
			Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

	final List<ImportWarning> warnings = new ArrayList<>();

	ImportOptions options = ImportOptions.defaults("tester");

	ImportRun(Path folder) {
		this.folder = folder;
	}

	Path write(String name, String content) {
		return write(name, content.getBytes(StandardCharsets.UTF_8));
	}

	Path write(String name, byte[] content) {
		try {
			Path file = this.folder.resolve(name);
			Files.createDirectories(file.getParent());
			return Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ImportReport importFolder() {
		return importPaths(List.of(this.folder));
	}

	ImportReport importPaths(List<Path> paths) {
		ImportListener collectWarnings = new ImportListener() {
			@Override
			public void warned(ImportWarning warning) {
				ImportRun.this.warnings.add(warning);
			}
		};
		return new ArticleImporter(this.repository, Clock.systemUTC()).run(paths, this.options, collectWarnings);
	}

	ArticleContent article(String id) {
		return this.repository.find(id).orElseThrow(() -> new AssertionError("no article " + id)).content();
	}

	List<String> rejections(ImportReport report) {
		return report.rejected().stream().map(RejectedItem::describe).toList();
	}

	static String line(String id, String title, String body) {
		return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body + "\"}\n";
	}

}

package dev.tandem.connector.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.ingest.ArticleImporter;
import dev.tandem.kb.ingest.ImportListener;
import dev.tandem.kb.ingest.ImportOptions;
import dev.tandem.kb.ingest.ImportReport;
import dev.tandem.kb.retrieval.ArticleIndexingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;

/**
 * Gives the demo a knowledge base to answer from: the sample company's articles
 * ({@code demo/knowledge-base.jsonl}) are imported when the knowledge base is empty,
 * indexed and calibrated before the sample tickets arrive, so the first tickets a
 * newcomer sees can already be answered automatically.
 */
class DemoKnowledgeBase {

	private static final Logger log = LoggerFactory.getLogger(DemoKnowledgeBase.class);

	static final String RESOURCE = "demo/knowledge-base.jsonl";

	private final ArticleRepository articles;

	private final ArticleIndexingQueue indexing;

	private final CalibrationService calibration;

	private final Clock clock;

	DemoKnowledgeBase(ArticleRepository articles, ArticleIndexingQueue indexing, CalibrationService calibration,
			Clock clock) {
		this.articles = articles;
		this.indexing = indexing;
		this.calibration = calibration;
		this.clock = clock;
	}

	/**
	 * Imports, indexes and calibrates the sample articles unless the knowledge base
	 * already has articles.
	 */
	void seedIfEmpty() {
		try (Stream<StoredArticle> existing = this.articles.all()) {
			if (existing.findAny().isPresent()) {
				return;
			}
		}
		Path file = copyToTemporaryFile();
		try {
			log.info("Demo: importing the sample knowledge base ({}) ...", RESOURCE);
			ImportReport report = new ArticleImporter(this.articles, this.clock).run(List.of(file),
					ImportOptions.defaults("demo"), new ImportListener() {
					});
			this.indexing.drain();
			this.calibration.recalibrate((percent) -> {
			});
			log.info("Demo: knowledge base ready ({})", report.summaryLine());
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.debug("Could not delete {}", file, ex);
			}
		}
	}

	private static Path copyToTemporaryFile() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			Path file = Files.createTempFile("tandem-demo-kb", ".jsonl");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE + " from the class path", ex);
		}
	}

}

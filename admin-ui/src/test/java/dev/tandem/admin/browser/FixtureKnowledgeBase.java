package dev.tandem.admin.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.answering.ArticleMatch;
import dev.tandem.kb.answering.RetrievalOptions;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.ingest.ArticleImporter;
import dev.tandem.kb.ingest.ImportListener;
import dev.tandem.kb.ingest.ImportOptions;
import dev.tandem.kb.ingest.ImportReport;
import dev.tandem.kb.retrieval.RetrievalFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The retrieval fixture of kb-indexer's tests (eleven articles in English and Chinese,
 * one draft), imported once into the browser tests' Elasticsearch, indexed and
 * calibrated.
 */
public final class FixtureKnowledgeBase {

	private static boolean imported;

	private FixtureKnowledgeBase() {
	}

	public static synchronized void ensureImported(ArticleRepository repository, AnswerRetriever retriever,
			CalibrationService calibration) {
		if (imported) {
			return;
		}
		ImportReport report = new ArticleImporter(repository, Clock.systemUTC()).run(List.of(fixtureFile()),
				ImportOptions.defaults("fixture"), ImportListener.NONE);
		assertThat(report.rejectedCount()).as(report.summaryLine()).isZero();
		awaitBest(retriever, "I forgot my password", RetrievalFilter.published(), "reset-password");
		awaitBest(retriever, "what is the guest wifi password", RetrievalFilter.publishedAndDrafts(), "draft-wifi");
		calibration.recalibrate((done) -> {
		});
		imported = true;
	}

	/**
	 * Waits until indexing has caught up so that a question finds the expected article
	 * first.
	 */
	public static void awaitBest(AnswerRetriever retriever, String question, RetrievalFilter filter, String articleId) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> retriever.retrieve(question, RetrievalOptions.defaults().withFilter(filter))
				.best()
				.map(ArticleMatch::id)
				.filter(articleId::equals)
				.isPresent());
	}

	private static Path fixtureFile() {
		try (InputStream in = FixtureKnowledgeBase.class.getResourceAsStream("/retrieval/fixture-kb.jsonl")) {
			assertThat(in).as("kb-indexer test jar resource retrieval/fixture-kb.jsonl").isNotNull();
			Path file = Files.createTempDirectory("tandem-fixture").resolve("fixture-kb.jsonl");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package dev.tandem.kb.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSave;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.article.SaveAttempt;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.ingest.internal.ArticleFileReader;
import dev.tandem.kb.ingest.internal.ImportFiles;
import dev.tandem.kb.ingest.internal.ItemSink;
import dev.tandem.kb.ingest.internal.NotImportableException;
import dev.tandem.kb.ingest.internal.ReadContext;

/**
 * Imports article files into the {@link ArticleRepository}. Files are read one after the
 * other, streaming; valid articles are saved in batches of up to {@value #SAVE_BATCH}
 * ({@link ArticleRepository#saveAll}: each save atomic, a few requests per batch instead
 * of a few per article), every invalid one is rejected with its file, line and reason and
 * changes nothing. An id seen twice in one run is rejected the second time. When the
 * store fails the import stops: what was saved stays saved, and every article that was
 * read but not saved is named.
 */
public class ArticleImporter {

	/**
	 * Articles saved together; a batch is also written when it holds this many bytes. The
	 * first batches are smaller, so that indexing for search starts early.
	 */
	static final int SAVE_BATCH = 100;

	static final int FIRST_SAVE_BATCH = 10;

	static final long SAVE_BATCH_BYTES = 4L * 1024 * 1024;

	private static final Logger logger = LoggerFactory.getLogger(ArticleImporter.class);

	private final ArticleRepository repository;

	private final Clock clock;

	private final ArticleFileReader reader = new ArticleFileReader();

	public ArticleImporter(ArticleRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public ImportReport run(List<Path> paths, ImportOptions options, ImportListener listener) {
		return new Run(options, listener).run(paths);
	}

	private final class Run implements ItemSink {

		private final ImportOptions options;

		private final ImportListener listener;

		private final Instant start = ArticleImporter.this.clock.instant();

		private final Map<String, SourceLocation> firstLocationById = new HashMap<>();

		private final Set<String> warnedUnknownFields = new HashSet<>();

		private final List<RejectedItem> rejected = new ArrayList<>();

		private final List<ImportWarning> warnings = new ArrayList<>();

		private long created;

		private long updated;

		private long unchanged;

		private long rejectedCount;

		private int filesDone;

		private int filesTotal;

		private long bytesTotal;

		private long bytesOfDoneFiles;

		private CountingInputStream current;

		private final List<ValidArticle> batch = new ArrayList<>();

		private long batchBytes;

		private int batchLimit = FIRST_SAVE_BATCH;

		private Path currentFile;

		Run(ImportOptions options, ImportListener listener) {
			this.options = options;
			this.listener = listener;
		}

		ImportReport run(List<Path> paths) {
			ImportFiles files = ImportFiles.find(paths);
			this.filesTotal = files.files().size();
			this.bytesTotal = files.totalBytes();
			this.listener.started(progress());
			files.skipped().forEach(this.listener::skipped);
			files.rejected().forEach(this::item);
			Optional<String> aborted = Optional.empty();
			try {
				for (ImportFiles.ImportFile file : files.files()) {
					readFile(file);
				}
				this.currentFile = null;
				saveBatch();
			}
			catch (StoreFailed ex) {
				aborted = Optional.of(ex.getMessage());
			}
			this.currentFile = null;
			ImportReport report = new ImportReport(this.created, this.updated, this.unchanged, this.rejectedCount,
					this.rejected, files.skipped(), this.warnings, this.options.dryRun(), aborted, elapsed());
			this.listener.finished(report);
			return report;
		}

		private void readFile(ImportFiles.ImportFile file) {
			this.currentFile = file.file();
			ReadContext context = new ReadContext(file.file(), file.relativePath(), this.options.maxArticleBytes(),
					this.options.defaultStatus(), this, this.warnedUnknownFields);
			try (InputStream raw = Files.newInputStream(file.file());
					CountingInputStream counting = new CountingInputStream(raw)) {
				this.current = counting;
				ArticleImporter.this.reader.read(counting, file.format(), context);
			}
			catch (NotImportableException ex) {
				item(RejectedItem.of(SourceLocation.wholeFile(file.file()), ex.getMessage()));
			}
			catch (IOException ex) {
				item(RejectedItem.of(SourceLocation.wholeFile(file.file()),
						"cannot be read: " + ImportFiles.describe(ex)));
			}
			catch (StoreFailed ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				// A reader defect must not end the whole import: report the file and go
				// on with the next.
				logger.error("Unexpected failure reading {}", file.file(), ex);
				item(RejectedItem.of(SourceLocation.wholeFile(file.file()),
						"could not be read (internal error: " + ex + "); articles before this point were kept"));
			}
			finally {
				this.current = null;
				this.bytesOfDoneFiles += file.size();
				this.filesDone++;
			}
			this.listener.progressed(progress());
		}

		@Override
		public void item(ImportItem item) {
			switch (item) {
				case ValidArticle valid -> save(valid);
				case RejectedItem rejection -> reject(rejection);
			}
			this.listener.progressed(progress());
		}

		@Override
		public void warning(ImportWarning warning) {
			this.warnings.add(warning);
			this.listener.warned(warning);
		}

		private void save(ValidArticle valid) {
			ArticleContent content = valid.content();
			SourceLocation first = this.firstLocationById.putIfAbsent(content.id(), valid.location());
			if (first != null) {
				reject(RejectedItem.ofField(valid.location(), "id",
						"duplicate id '" + content.id() + "': already defined at " + first));
				return;
			}
			if (this.options.dryRun()) {
				count(predict(content));
				return;
			}
			this.batch.add(valid);
			this.batchBytes += content.body().length() + content.title().length()
					+ content.questions().stream().mapToLong(String::length).sum();
			if (this.batch.size() >= this.batchLimit || this.batchBytes >= SAVE_BATCH_BYTES) {
				this.batchLimit = Math.min(SAVE_BATCH, this.batchLimit * 2);
				saveBatch();
			}
		}

		private void saveBatch() {
			if (this.batch.isEmpty()) {
				return;
			}
			List<ValidArticle> saving = List.copyOf(this.batch);
			this.batch.clear();
			this.batchBytes = 0;
			List<SaveAttempt> attempts;
			try {
				attempts = ArticleImporter.this.repository
					.saveAll(saving.stream().map((valid) -> new ArticleSave(valid.content(), change(valid))).toList());
			}
			catch (ArticleStoreException ex) {
				attempts = saving.stream().map((valid) -> SaveAttempt.failed(ex)).toList();
			}
			Optional<String> firstFailure = Optional.empty();
			for (int i = 0; i < saving.size(); i++) {
				SaveAttempt attempt = attempts.get(i);
				SourceLocation location = saving.get(i).location();
				if (attempt.result().isPresent()) {
					count(attempt.result().get().outcome());
				}
				else {
					String message = attempt.failure().map(ArticleStoreException::getMessage).orElse("?");
					reject(RejectedItem.of(location, "not saved: the article store failed: " + message));
					if (firstFailure.isEmpty()) {
						firstFailure = Optional.of("the article store failed at " + location + ": " + message);
					}
				}
			}
			this.listener.progressed(progress());
			if (firstFailure.isPresent()) {
				throw new StoreFailed(firstFailure.get() + "; every article that was read and not saved is listed "
						+ "as rejected, the rest of the import was not read");
			}
		}

		private void count(SaveResult.Outcome outcome) {
			switch (outcome) {
				case CREATED -> this.created++;
				case UPDATED -> this.updated++;
				case UNCHANGED -> this.unchanged++;
			}
		}

		private SaveResult.Outcome predict(ArticleContent content) {
			Optional<StoredArticle> stored = ArticleImporter.this.repository.find(content.id());
			if (stored.isEmpty()) {
				return SaveResult.Outcome.CREATED;
			}
			return stored.get().version().contentHash().equals(content.contentHash()) ? SaveResult.Outcome.UNCHANGED
					: SaveResult.Outcome.UPDATED;
		}

		private ArticleChange change(ValidArticle valid) {
			return new ArticleChange(this.options.author(), ArticleSource.IMPORT, "imported from " + valid.location());
		}

		private void reject(RejectedItem item) {
			this.rejectedCount++;
			if (this.rejected.size() < ImportReport.MAX_LISTED) {
				this.rejected.add(item);
			}
			this.listener.rejected(item);
		}

		private ImportProgress progress() {
			long inCurrent = (this.current != null) ? this.current.count() : 0;
			return new ImportProgress(Optional.ofNullable(this.currentFile), this.filesDone, this.filesTotal,
					this.bytesOfDoneFiles + inCurrent, this.bytesTotal, this.created, this.updated, this.unchanged,
					this.rejectedCount, elapsed());
		}

		private Duration elapsed() {
			return Duration.between(this.start, ArticleImporter.this.clock.instant());
		}

	}

	/**
	 * Unwinds the readers when the store fails; the import then ends with what it has.
	 */
	private static final class StoreFailed extends RuntimeException {

		StoreFailed(String message) {
			super(message, null, false, false);
		}

	}

	/**
	 * Counts the bytes read from a file, for progress.
	 */
	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			this.count += (b == -1) ? 0 : 1;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			this.count += Math.max(n, 0);
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

		long count() {
			return this.count;
		}

	}

}

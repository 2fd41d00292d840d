package dev.tandem.kb.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CalibrationProgress;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.ingest.internal.DataSizeConverter;
import dev.tandem.kb.ingest.internal.StatusConverter;
import dev.tandem.kb.ingest.internal.Terminal;
import dev.tandem.kb.retrieval.ArticleIndexingQueue;

/**
 * {@code kb-indexer import PATH... [--dry-run] [--status DRAFT|PUBLISHED]}: imports
 * article files, prints progress, every rejected item and the line
 * {@code created N, updated N, unchanged N, rejected N}; exit status 1 when anything was
 * rejected.
 */
@Component
// The kb-indexer application scans only for commands: the command brings its own
// settings.
@EnableConfigurationProperties(ImportProperties.class)
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = {
				"Imports knowledge-base articles from files or folders (searched recursively): "
						+ "JSON Lines (*.jsonl), JSON (*.json: an array or objects), CSV (*.csv, header row), "
						+ "Markdown (*.md, *.markdown, YAML front matter) and HTML (*.html, *.htm).",
				"An article whose id exists gets a new version when its content changed.",
				"Exit status: 0 all imported, 1 something was rejected (named with file, line and reason)." })
public class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
	List<Path> paths;

	@Option(names = "--dry-run", description = "Read and check everything, report what would happen, store nothing.")
	boolean dryRun;

	@Option(names = "--status", paramLabel = "DRAFT|PUBLISHED|ARCHIVED", converter = StatusConverter.class,
			defaultValue = "PUBLISHED",
			description = "Status of articles whose file names none (default: ${DEFAULT-VALUE}).")
	ArticleStatus status;

	@Option(names = "--max-article-size", paramLabel = "SIZE", converter = DataSizeConverter.class,
			description = "Size limit of one article, e.g. 1MB or 512KB (default: tandem.kb.import.max-article-size, 1MB).")
	DataSize maxArticleSize;

	@Option(names = "--author", paramLabel = "NAME", defaultValue = "${sys:user.name}",
			description = "Recorded as the author of the new versions (default: the user name).")
	String author;

	@Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto",
			description = "How to show progress: a bar on terminals, a line every 5 s in logs (default: ${DEFAULT-VALUE}).")
	String progress;

	/**
	 * Off for benchmarks that time the import alone: the recalibration then stays pending
	 * and runs, silently, before the process exits.
	 */
	@Option(names = "--no-calibrate-now", hidden = true,
			description = "Leave the recalibration pending instead of running it with progress right after the import.")
	boolean calibrateLater;

	private final ObjectProvider<ArticleRepository> repositories;

	private final ObjectProvider<CalibrationService> calibration;

	private final ObjectProvider<ArticleIndexingQueue> indexing;

	private final ImportProperties properties;

	private final Clock clock;

	public ImportCommand(ObjectProvider<ArticleRepository> repositories, ObjectProvider<ArticleIndexingQueue> indexing,
			ImportProperties properties, ObjectProvider<Clock> clock, ObjectProvider<CalibrationService> calibration) {
		this.repositories = repositories;
		this.calibration = calibration;
		this.indexing = indexing;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		Optional<ConsoleImportProgress.Style> style = style();
		if (style.isEmpty()) {
			err.println("--progress must be auto, bar, lines or none, not '" + this.progress + "'");
			return 2;
		}
		ArticleRepository repository = this.repositories.getIfAvailable();
		if (repository == null) {
			err.println("no article store is configured in this build; nothing was imported");
			return 1;
		}
		String name = (this.author == null || this.author.isBlank()) ? "import" : this.author;
		long limit = (this.maxArticleSize != null) ? this.maxArticleSize.toBytes()
				: this.properties.maxArticleSize().toBytes();
		ImportOptions options = new ImportOptions(this.dryRun, this.status, limit, name);
		ConsoleImportProgress console = new ConsoleImportProgress(out, err, style.get(), this.clock);
		ArticleIndexingQueue queue = this.indexing.getIfAvailable();
		if (queue == null || this.dryRun) {
			return new ArticleImporter(repository, this.clock).run(this.paths, options, console).exitCode();
		}
		// One indexing run for the whole import, embedding while the files are read; the
		// summary line comes last, once the articles are searchable.
		ImportReport report;
		Optional<String> indexingFailure;
		try (ArticleIndexingQueue.Hold hold = queue.holdOpen()) {
			report = new ArticleImporter(repository, this.clock).run(this.paths, options, new AllButFinished(console));
			Instant read = this.clock.instant();
			indexingFailure = hold.awaitIndexed(console::indexing);
			console.indexingFinished(Duration.between(read, this.clock.instant()));
		}
		if (report.created() + report.updated() == 0) {
			// Nothing new was stored (a store that failed from the start says why).
			indexingFailure = Optional.empty();
		}
		indexingFailure.ifPresent((reason) -> err.println("the imported articles are stored, but not all of them "
				+ "are searchable yet: " + reason + "; run `kb-indexer index` when the cause is fixed"));
		console.finished(report);
		if (!this.calibrateLater && indexingFailure.isEmpty()) {
			this.calibration.ifAvailable((service) -> recalibrate(service, err));
		}
		return indexingFailure.isPresent() ? 1 : report.exitCode();
	}

	/**
	 * Runs the recalibration the import made pending now, with progress on standard error
	 * (after the summary line, which stays the last line of standard output), instead of
	 * silently before the process exits: on a large knowledge base it takes minutes.
	 */
	private void recalibrate(CalibrationService service, PrintWriter err) {
		Instant start = this.clock.instant();
		Optional<Calibration> calibrated = service.runPendingNow(CalibrationProgress.lines((line) -> {
			err.println(line);
			err.flush();
		}), () -> {
			err.println("calibrating the changed knowledge base (article classifier, then its example questions) ...");
			err.flush();
		});
		calibrated.ifPresent((c) -> err
			.println(String.format(Locale.ROOT, "calibrated in %.1f s: threshold %.3f for target precision %.2f%s",
					Duration.between(start, this.clock.instant()).toMillis() / 1000.0, c.threshold(),
					c.targetPrecision(), c.warning().map((w) -> " (" + w + ")").orElse(""))));
	}

	/** Passes everything on but the end, which comes after indexing. */
	private record AllButFinished(ImportListener listener) implements ImportListener {

		@Override
		public void started(ImportProgress progress) {
			this.listener.started(progress);
		}

		@Override
		public void progressed(ImportProgress progress) {
			this.listener.progressed(progress);
		}

		@Override
		public void rejected(RejectedItem item) {
			this.listener.rejected(item);
		}

		@Override
		public void skipped(SkippedFile file) {
			this.listener.skipped(file);
		}

		@Override
		public void warned(ImportWarning warning) {
			this.listener.warned(warning);
		}

	}

	private Optional<ConsoleImportProgress.Style> style() {
		return switch (this.progress.toLowerCase(Locale.ROOT)) {
			case "auto" -> Optional
				.of(Terminal.isInteractive() ? ConsoleImportProgress.Style.BAR : ConsoleImportProgress.Style.LINES);
			case "bar" -> Optional.of(ConsoleImportProgress.Style.BAR);
			case "lines" -> Optional.of(ConsoleImportProgress.Style.LINES);
			case "none" -> Optional.of(ConsoleImportProgress.Style.NONE);
			default -> Optional.empty();
		};
	}

}

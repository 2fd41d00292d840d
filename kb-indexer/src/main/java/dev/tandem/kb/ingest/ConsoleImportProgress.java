package dev.tandem.kb.ingest;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Shows an import on a console: on a terminal a progress bar redrawn in place
 * ({@code \r}), elsewhere (CI logs, files) a plain progress line every few seconds.
 * Rejected items and the summary go to {@code out}, so that they can be piped; progress,
 * skipped files and warnings go to {@code err}.
 */
public class ConsoleImportProgress implements ImportListener {

	/**
	 * How progress is shown.
	 */
	public enum Style {

		/** A bar redrawn in place; for terminals. */
		BAR,

		/** A line every {@link #LINE_INTERVAL}; for logs. */
		LINES,

		/** No progress, only rejections, warnings and the summary. */
		NONE

	}

	static final Duration LINE_INTERVAL = Duration.ofSeconds(5);

	static final Duration BAR_INTERVAL = Duration.ofMillis(100);

	private static final int BAR_WIDTH = 30;

	private final PrintWriter out;

	private final PrintWriter err;

	private final Style style;

	private final Clock clock;

	private Instant lastDrawn = Instant.MIN;

	private int barLength;

	private int indexedUnits;

	public ConsoleImportProgress(PrintWriter out, PrintWriter err, Style style, Clock clock) {
		this.out = out;
		this.err = err;
		this.style = style;
		this.clock = clock;
	}

	@Override
	public void started(ImportProgress progress) {
		if (this.style != Style.NONE) {
			this.err.println("importing " + progress.filesTotal() + " file" + (progress.filesTotal() == 1 ? "" : "s")
					+ " (" + size(progress.bytesTotal()) + ")");
			this.err.flush();
		}
		this.lastDrawn = this.clock.instant();
	}

	@Override
	public void progressed(ImportProgress progress) {
		Instant now = this.clock.instant();
		if (this.style == Style.BAR && !now.isBefore(this.lastDrawn.plus(BAR_INTERVAL))) {
			drawBar(progress);
			this.lastDrawn = now;
		}
		else if (this.style == Style.LINES && !now.isBefore(this.lastDrawn.plus(LINE_INTERVAL))) {
			this.err.println("progress: " + describe(progress));
			this.err.flush();
			this.lastDrawn = now;
		}
	}

	@Override
	public void rejected(RejectedItem item) {
		clearBar();
		this.out.println("rejected " + item.describe());
		this.out.flush();
	}

	@Override
	public void skipped(SkippedFile file) {
		clearBar();
		this.err.println("skipped " + file.file() + ": " + file.reason());
		this.err.flush();
	}

	@Override
	public void warned(ImportWarning warning) {
		clearBar();
		this.err.println("warning " + warning.describe());
		this.err.flush();
	}

	/**
	 * After the files were read: how far indexing the imported articles for search is.
	 * @param unitsDone texts embedded and sent so far
	 * @param unitsTotal texts of the import
	 */
	public void indexing(int unitsDone, int unitsTotal) {
		this.indexedUnits = Math.max(this.indexedUnits, unitsTotal);
		Instant now = this.clock.instant();
		if (unitsTotal <= 0 || unitsDone >= unitsTotal && this.style != Style.BAR) {
			return;
		}
		String text = String.format(Locale.ROOT, "indexing for search: %,d of %,d texts embedded", unitsDone,
				unitsTotal);
		if (this.style == Style.BAR && !now.isBefore(this.lastDrawn.plus(BAR_INTERVAL))) {
			int filled = (int) Math.round(Math.min(1.0, (double) unitsDone / unitsTotal) * BAR_WIDTH);
			draw("[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + text);
			this.lastDrawn = now;
		}
		else if (this.style == Style.LINES && !now.isBefore(this.lastDrawn.plus(LINE_INTERVAL))) {
			this.err.println("progress: " + text);
			this.err.flush();
			this.lastDrawn = now;
		}
	}

	/**
	 * Indexing is over: the bar makes room for the summary.
	 * @param took how long the import waited for indexing after the files were read
	 */
	public void indexingFinished(Duration took) {
		clearBar();
		if (this.style != Style.NONE && this.indexedUnits > 0) {
			this.err
				.println(String.format(Locale.ROOT, "indexed %,d texts for search (%.1f s after the files were read)",
						this.indexedUnits, took.toMillis() / 1000.0));
			this.err.flush();
		}
	}

	@Override
	public void finished(ImportReport report) {
		clearBar();
		if (this.style != Style.NONE) {
			long items = report.created() + report.updated() + report.unchanged() + report.rejectedCount();
			double seconds = Math.max(report.elapsed().toMillis(), 1) / 1000.0;
			this.err.println(String.format(Locale.ROOT, "read %,d items in %.1f s (%,.0f items/s)", items, seconds,
					items / seconds));
			this.err.flush();
		}
		report.abortedBecause().ifPresent((reason) -> this.out.println("import stopped: " + reason));
		if (report.dryRun()) {
			this.out.println("dry run: nothing was stored; the counts say what an import would do");
		}
		this.out.println(report.summaryLine());
		this.out.flush();
	}

	private void drawBar(ImportProgress progress) {
		int filled = (int) Math.round(progress.fractionDone() * BAR_WIDTH);
		String file = progress.currentFile().map((path) -> path.getFileName().toString()).orElse("");
		if (file.length() > 30) {
			file = "…" + file.substring(file.length() - 29);
		}
		draw("[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + describe(progress) + "  " + file);
	}

	private void draw(String bar) {
		String padding = " ".repeat(Math.max(0, this.barLength - bar.length()));
		this.err.print("\r" + bar + padding);
		this.err.flush();
		this.barLength = bar.length();
	}

	private void clearBar() {
		if (this.barLength > 0) {
			this.err.print("\r" + " ".repeat(this.barLength) + "\r");
			this.err.flush();
			this.barLength = 0;
		}
	}

	static String describe(ImportProgress progress) {
		return String.format(Locale.ROOT, "%3.0f%%  %,d items (%,d rejected)  %,.0f items/s  file %d/%d",
				progress.fractionDone() * 100, progress.itemsDone(), progress.rejected(), progress.itemsPerSecond(),
				Math.min(progress.filesDone() + 1, Math.max(progress.filesTotal(), 1)), progress.filesTotal());
	}

	private static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
		}
		return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
	}

}

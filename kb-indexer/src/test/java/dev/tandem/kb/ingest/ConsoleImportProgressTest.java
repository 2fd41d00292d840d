package dev.tandem.kb.ingest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleImportProgressTest {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private final MutableClock clock = new MutableClock();

	private ConsoleImportProgress console(ConsoleImportProgress.Style style) {
		return new ConsoleImportProgress(new PrintWriter(this.out), new PrintWriter(this.err), style, this.clock);
	}

	@Test
	void drawsABarInPlaceOnTerminals() {
		ConsoleImportProgress console = console(ConsoleImportProgress.Style.BAR);
		console.started(progress(0, 0));
		this.clock.advance(Duration.ofSeconds(1));
		console.progressed(progress(50, 10));

		assertThat(this.err.toString())
			.contains("\r[###############---------------]  50%  10 items (0 rejected)  10 items/s");
	}

	@Test
	void clearsTheBarBeforePrintingARejection() {
		ConsoleImportProgress console = console(ConsoleImportProgress.Style.BAR);
		console.started(progress(0, 0));
		this.clock.advance(Duration.ofSeconds(1));
		console.progressed(progress(50, 10));
		console.rejected(RejectedItem.ofField(SourceLocation.line(Path.of("kb.jsonl"), 3), "status", "unknown"));

		assertThat(this.err.toString()).endsWith("\r");
		assertThat(this.out.toString()).isEqualTo("rejected kb.jsonl:3: field 'status': unknown\n");
	}

	@Test
	void writesPlainLinesEveryFewSecondsInLogs() {
		ConsoleImportProgress console = console(ConsoleImportProgress.Style.LINES);
		console.started(progress(0, 0));
		console.progressed(progress(10, 1));
		this.clock.advance(Duration.ofSeconds(6));
		console.progressed(progress(60, 30));
		console.progressed(progress(61, 31));

		assertThat(this.err.toString()).doesNotContain("\r");
		assertThat(this.err.toString().lines().filter((line) -> line.startsWith("progress:")))
			.containsExactly("progress:  60%  30 items (0 rejected)  5 items/s  file 1/1");
	}

	@Test
	void endsWithTheSummaryLine() {
		ConsoleImportProgress console = console(ConsoleImportProgress.Style.NONE);
		console.finished(new ImportReport(1, 2, 3, 0, List.of(), List.of(), List.of(), true, Optional.empty(),
				Duration.ofSeconds(2)));

		assertThat(this.out.toString().lines()).containsExactly(
				"dry run: nothing was stored; the counts say what an import would do",
				"created 1, updated 2, unchanged 3, rejected 0");
		assertThat(this.err.toString()).isEmpty();
	}

	private ImportProgress progress(long bytesDone, long items) {
		return new ImportProgress(Optional.of(Path.of("kb.jsonl")), 0, 1, bytesDone, 100, items, 0, 0, 0,
				Duration.between(Instant.EPOCH, this.clock.instant()));
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.EPOCH;

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

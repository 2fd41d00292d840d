package dev.tandem.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * Writes one benchmark's section of {@code docs/benchmarks.md}, leaving the other
 * sections alone.
 *
 * <p>
 * Each section sits between {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}
 * markers and starts with the machine, date and commit it was measured on, so figures
 * from different runs never mix silently.
 */
public final class BenchmarkReport {

	private static final String HEADER = "# Benchmarks\n\nMeasured figures, each section written by its benchmark "
			+ "(`./tandem bench`). Numbers come from the machine, date and commit named in the section.\n";

	private final Path file;

	private final Clock clock;

	public BenchmarkReport(Path file, Clock clock) {
		this.file = file;
		this.clock = clock;
	}

	/**
	 * The machine's load average (1, 5, 15 minutes) as {@code uptime} shows it, to print
	 * beside figures measured on a shared machine; "unknown" where /proc is missing.
	 */
	public static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/**
	 * The report of the project this test runs in: {@code docs/benchmarks.md} at the top
	 * of the checkout.
	 */
	public static BenchmarkReport forProject() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException(
					"Cannot find the project root (no mvnw above " + Path.of("").toAbsolutePath() + ")");
		}
		return new BenchmarkReport(dir.resolve("docs/benchmarks.md"), Clock.systemDefaultZone());
	}

	/**
	 * Where the shared evaluation data sets live: system property
	 * {@code tandem.datasets}, else environment variable {@code TANDEM_DATASETS}, else
	 * {@code shared/datasets} in or beside the project root.
	 */
	public static Path datasets() {
		String configured = System.getProperty("tandem.datasets", System.getenv("TANDEM_DATASETS"));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		Path root = forProject().file.getParent().getParent();
		for (Path candidate : new Path[] { root.resolve("shared/datasets"), root.resolve("../shared/datasets"),
				root.resolve("../../shared/datasets") }) {
			if (Files.isDirectory(candidate)) {
				return candidate.normalize();
			}
		}
		throw new IllegalStateException(
				"Cannot find shared/datasets near " + root + ": set -Dtandem.datasets=DIR or TANDEM_DATASETS");
	}

	/**
	 * Replaces (or appends) the section {@code name} with {@code markdown} under the
	 * heading {@code title}.
	 */
	public void writeSection(String name, String title, String markdown) {
		String begin = "<!-- bench:" + name + " -->";
		String end = "<!-- /bench:" + name + " -->";
		String section = begin + "\n## " + title + "\n\n" + provenance() + "\n\n" + markdown.strip() + "\n" + end;
		String current = read();
		int from = current.indexOf(begin);
		int to = current.indexOf(end);
		String updated;
		if (from >= 0 && to > from) {
			updated = current.substring(0, from) + section + current.substring(to + end.length());
		}
		else {
			updated = current.stripTrailing() + "\n\n" + section + "\n";
		}
		write(updated);
	}

	String provenance() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		long memoryGiB = Math
			.round(((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() / (1024.0 * 1024 * 1024));
		return "_Measured %s on %s, %d cores, %d GiB, JDK %s, commit %s._".formatted(
				ZonedDateTime.now(this.clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
				os.getName() + " " + os.getArch(), os.getAvailableProcessors(), memoryGiB, Runtime.version().feature(),
				commit());
	}

	private String commit() {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
				.directory(this.file.getParent().toFile())
				.redirectErrorStream(true)
				.start();
			String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0) ? out : "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	private String read() {
		try {
			return Files.exists(this.file) ? Files.readString(this.file) : HEADER;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
	}

	private void write(String content) {
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.file, ex);
		}
	}

}

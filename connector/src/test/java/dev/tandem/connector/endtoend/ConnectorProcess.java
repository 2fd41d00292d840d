package dev.tandem.connector.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A connector in its own operating-system process, so that a test can kill it the hard
 * way ({@code kill -9}: no shutdown hook, no lease released, requests cut mid-flight) and
 * start it again on the same indices. Output goes to
 * {@code target/connector-processes/<name>-<n>.log}.
 */
final class ConnectorProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final String name;

	private final Map<String, String> settings;

	private final Path directory = Path.of("target", "connector-processes");

	private Process process;

	private volatile int port = -1;

	private int starts;

	private ConnectorProcess(String name, Map<String, String> settings) {
		this.name = name;
		this.settings = settings;
	}

	/** Launches the process without waiting for it (see {@link #awaitReady()}). */
	static ConnectorProcess launch(String name, Map<String, String> settings) {
		ConnectorProcess process = new ConnectorProcess(name, settings);
		process.launch();
		return process;
	}

	synchronized void launch() {
		try {
			Files.createDirectories(this.directory);
			this.starts++;
			Path portFile = portFile();
			Files.deleteIfExists(portFile);
			List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
					"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
					ConnectorProcessMain.class.getName(), portFile.toString()));
			this.settings.forEach((key, value) -> command.add("--" + key + "=" + value));
			command.add("--tandem.processing.instance-id=" + this.name + "-" + this.starts);
			this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile()).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the connector serves HTTP; fails with its log's end otherwise. */
	ConnectorProcess awaitReady() {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		Path portFile = portFile();
		try {
			while (!Files.exists(portFile)) {
				if (!this.process.isAlive() || Instant.now().isAfter(deadline)) {
					throw new IllegalStateException(
							this.name + " did not start (see " + log().toAbsolutePath() + "):\n" + tail(log(), 40));
				}
				Thread.sleep(200);
			}
			this.port = Integer.parseInt(Files.readString(portFile).strip());
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** {@code kill -9}: the process gets no chance to finish anything. */
	synchronized void kill() {
		this.port = -1;
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	boolean serving() {
		return this.port > 0 && this.process.isAlive();
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	String name() {
		return this.name;
	}

	Path log() {
		return this.directory.resolve(this.name + "-" + this.starts + ".log");
	}

	/** Stops it politely (SIGTERM), hard when it does not stop within 20 s. */
	@Override
	public synchronized void close() {
		this.port = -1;
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				this.process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}

	private Path portFile() {
		return this.directory.resolve(this.name + "-" + this.starts + ".port");
	}

	private static String javaExecutable() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	static String tail(Path file, int lines) {
		try {
			List<String> all = Files.readAllLines(file);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

}

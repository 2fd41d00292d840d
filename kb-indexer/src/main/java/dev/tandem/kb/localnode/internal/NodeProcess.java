package dev.tandem.kb.localnode.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.sun.security.auth.module.UnixSystem;
import dev.tandem.kb.localnode.LocalElasticsearchException;

/**
 * Launches and stops the node's process.
 *
 * <p>
 * Elasticsearch refuses to run as root, so when we are root the node runs as the
 * unprivileged uid 65534 through {@code setpriv}: its files are handed to that uid, and
 * folders above the home get the search permission (o+x) it needs to reach them.
 */
public final class NodeProcess {

	static final int UNPRIVILEGED_ID = 65534;

	private final NodeLayout layout;

	public NodeProcess(NodeLayout layout) {
		this.layout = layout;
	}

	public void launch(Path distribution, String heap, Duration timeout, Consumer<String> progress) {
		List<String> command = new ArrayList<>();
		if (runningAsRoot()) {
			handToUnprivilegedUser(progress);
			command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID,
					"--clear-groups", "--inh-caps=-all"));
		}
		command.addAll(List.of(distribution.resolve("bin/elasticsearch").toString(), "-d", "-p",
				this.layout.pidFile().toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.layout.launcherLog().toFile());
		Map<String, String> env = builder.environment();
		env.keySet().removeIf((name) -> name.startsWith("JAVA_") || name.startsWith("_JAVA") || name.startsWith("ES_"));
		env.put("HOME", this.layout.home().toString());
		env.put("ES_JAVA_HOME", System.getProperty("java.home"));
		env.put("ES_PATH_CONF", this.layout.config().toString());
		env.put("ES_TMPDIR", this.layout.tmp().toString());
		env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
		try {
			Files.deleteIfExists(this.layout.pidFile());
			Process launcher = builder.start();
			// With -d the launcher returns once the node has started (or failed to).
			if (!launcher.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				launcher.destroyForcibly();
				throw failure("did not start within " + timeout.toSeconds() + " s");
			}
			if (launcher.exitValue() != 0) {
				throw failure("exited with status " + launcher.exitValue());
			}
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException(
					"Cannot launch Elasticsearch (" + String.join(" ", command) + "): " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalElasticsearchException("Interrupted while starting Elasticsearch", ex);
		}
	}

	public Optional<ProcessHandle> running() {
		try {
			if (!Files.exists(this.layout.pidFile())) {
				return Optional.empty();
			}
			long pid = Long.parseLong(Files.readString(this.layout.pidFile()).strip());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Stops the node gracefully (SIGTERM), forcibly after the grace period. */
	public boolean stop(Duration grace) {
		Optional<ProcessHandle> process = running();
		if (process.isEmpty()) {
			return false;
		}
		ProcessHandle handle = process.get();
		handle.destroy();
		try {
			handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			handle.destroyForcibly();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			handle.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			Files.deleteIfExists(this.layout.pidFile());
		}
		catch (IOException ex) {
			// the node is gone; a stale pid file is ignored by running()
		}
		return true;
	}

	/**
	 * The last lines of the node's own log and of the launcher's output, for error
	 * messages.
	 */
	public String logTail(int lines) {
		StringBuilder tail = new StringBuilder();
		for (Path log : List.of(this.layout.launcherLog(), this.layout.logFile())) {
			if (Files.isReadable(log)) {
				try (Stream<String> all = Files.lines(log)) {
					List<String> content = all.toList();
					tail.append("\n--- last lines of ").append(log).append(" ---\n");
					content.subList(Math.max(0, content.size() - lines), content.size())
						.forEach((line) -> tail.append(line).append('\n'));
				}
				catch (IOException | java.io.UncheckedIOException ex) {
					tail.append("\n(cannot read ").append(log).append(": ").append(ex.getMessage()).append(")\n");
				}
			}
		}
		return tail.toString();
	}

	private LocalElasticsearchException failure(String what) {
		return new LocalElasticsearchException(
				"Elasticsearch " + what + ". Its log is in " + this.layout.logs() + logTail(25));
	}

	static boolean runningAsRoot() {
		try {
			return new UnixSystem().getUid() == 0;
		}
		catch (RuntimeException | LinkageError ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private void handToUnprivilegedUser(Consumer<String> progress) {
		try {
			for (Path path = this.layout.home().toAbsolutePath(); path.getParent() != null; path = path.getParent()) {
				Path parent = path.getParent();
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(parent);
				if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
					permissions.add(PosixFilePermission.OTHERS_EXECUTE);
					Files.setPosixFilePermissions(parent, permissions);
					progress.accept("Granted search permission (o+x) on " + parent
							+ " so the unprivileged Elasticsearch user can reach " + this.layout.home());
				}
			}
			chownTree(this.layout.home());
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Cannot hand " + this.layout.home() + " to uid " + UNPRIVILEGED_ID
					+ " (Elasticsearch refuses to run as root): " + ex.getMessage(), ex);
		}
	}

	private static void chownTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.toList()) {
				if (!Integer.valueOf(UNPRIVILEGED_ID)
					.equals(Files.getAttribute(path, "unix:uid", java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
					Files.setAttribute(path, "unix:uid", UNPRIVILEGED_ID, java.nio.file.LinkOption.NOFOLLOW_LINKS);
					Files.setAttribute(path, "unix:gid", UNPRIVILEGED_ID, java.nio.file.LinkOption.NOFOLLOW_LINKS);
				}
			}
		}
	}

}

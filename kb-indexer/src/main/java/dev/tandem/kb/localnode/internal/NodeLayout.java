package dev.tandem.kb.localnode.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Where the local node keeps its configuration, data, logs and pid file, all under one
 * home folder.
 */
public record NodeLayout(Path home) {

	public Path config() {
		return this.home.resolve("config");
	}

	public Path data() {
		return this.home.resolve("data");
	}

	public Path logs() {
		return this.home.resolve("logs");
	}

	public Path tmp() {
		return this.home.resolve("tmp");
	}

	public Path pidFile() {
		return this.home.resolve("elasticsearch.pid");
	}

	public Path logFile() {
		return logs().resolve(ClusterProbe.CLUSTER_NAME + ".log");
	}

	public Path launcherLog() {
		return logs().resolve("launcher.log");
	}

	/** Creates the folders and writes the node's configuration for this port. */
	public void prepare(Path distribution, int port) {
		try {
			Files.createDirectories(config());
			Files.createDirectories(data());
			Files.createDirectories(logs());
			Files.createDirectories(tmp());
			copyDefaultsOnce(distribution.resolve("config"));
			Files.writeString(config().resolve("elasticsearch.yml"), settings(port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare " + this.home, ex);
		}
	}

	String settings(int port) {
		return """
				# Written by Tandem at every start of the local node: edit tandem.local-es.* instead.
				cluster.name: %s
				node.name: %s-1
				network.host: 127.0.0.1
				http.port: %d
				transport.port: %d
				discovery.type: single-node
				path.data: %s
				path.logs: %s
				xpack.security.enabled: false
				# A laptop's disk is often over the default watermarks; the local node must not turn read-only.
				cluster.routing.allocation.disk.threshold_enabled: false
				action.auto_create_index: false
				""".formatted(ClusterProbe.CLUSTER_NAME, ClusterProbe.CLUSTER_NAME, port, port + 100, data(), logs());
	}

	private void copyDefaultsOnce(Path defaults) throws IOException {
		try (Stream<Path> files = Files.walk(defaults)) {
			for (Path source : files.toList()) {
				Path target = config().resolve(defaults.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else if (!Files.exists(target)) {
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

}

package dev.tandem.kb.localnode.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.tandem.kb.localnode.LocalElasticsearchException;

/**
 * Finds the official Elasticsearch distribution zip the build resolved from Maven Central
 * and unpacks it once.
 *
 * <p>
 * Looked for, in order: the configured path, {@code elasticsearch-dist/} next to the
 * running jar (kb-indexer's build puts it there), and the local Maven repository (every
 * module's build resolves it there).
 */
public final class ElasticsearchDistribution {

	public static final String VERSION = "8.19.21";

	private static final String ZIP_NAME = "elasticsearch-" + VERSION + ".zip";

	private final Optional<Path> configured;

	public ElasticsearchDistribution(Optional<Path> configured) {
		this.configured = configured;
	}

	/**
	 * Unpacks the distribution under {@code home/dist} unless already there, and returns
	 * its folder.
	 */
	public Path unpackInto(Path home) {
		Path target = home.resolve("dist").resolve("elasticsearch-" + VERSION);
		Path complete = target.resolve(".tandem-unpacked");
		if (Files.exists(complete)) {
			return target;
		}
		Path zip = locate();
		try {
			Path staging = Files.createDirectories(home.resolve("dist"))
				.resolve(".unpacking-" + ProcessHandle.current().pid());
			unzip(zip, staging);
			Path unpacked = staging.resolve("elasticsearch-" + VERSION);
			try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
				for (Path script : scripts.toList()) {
					Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
				}
			}
			Files.createFile(unpacked.resolve(".tandem-unpacked"));
			if (Files.exists(target)) {
				deleteTree(target);
			}
			Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
			deleteTree(staging);
			return target;
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Cannot unpack " + zip + " into " + target + ": " + ex.getMessage(),
					ex);
		}
	}

	Path locate() {
		List<Path> candidates = new ArrayList<>();
		this.configured.ifPresent(candidates::add);
		besideRunningJar().ifPresent(candidates::add);
		candidates.add(mavenRepository().resolve("org/elasticsearch/distribution/integ-test-zip/elasticsearch")
			.resolve(VERSION)
			.resolve(ZIP_NAME));
		return candidates.stream()
			.filter(Files::isRegularFile)
			.findFirst()
			.orElseThrow(() -> new LocalElasticsearchException("The Elasticsearch " + VERSION
					+ " distribution was not found (looked at " + candidates + "). Build Tandem once with"
					+ " './mvnw -B -DskipTests package' (it resolves org.elasticsearch.distribution.integ-test-zip:"
					+ "elasticsearch:" + VERSION + ":zip), set tandem.local-es.distribution to the zip, or point"
					+ " spring.elasticsearch.uris at an existing cluster."));
	}

	private static Optional<Path> besideRunningJar() {
		try {
			var source = ElasticsearchDistribution.class.getProtectionDomain().getCodeSource();
			if (source == null) {
				return Optional.empty();
			}
			String location = source.getLocation().toString();
			// Inside a Spring Boot jar the location is
			// jar:nested:/path/app.jar/!BOOT-INF/classes/!/
			int nested = location.indexOf(".jar");
			String jar = (nested > 0) ? location.substring(0, nested + 4) : location;
			jar = jar.replaceFirst("^jar:", "").replaceFirst("^nested:", "file:");
			Path folder = Path.of(new java.net.URI(jar)).getParent();
			return Optional.ofNullable(folder).map((f) -> f.resolve("elasticsearch-dist").resolve(ZIP_NAME));
		}
		catch (URISyntaxException | IllegalArgumentException | SecurityException ex) {
			return Optional.empty();
		}
	}

	private static Path mavenRepository() {
		String configured = System.getProperty("maven.repo.local");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return Path.of(System.getProperty("user.home"), ".m2", "repository");
	}

	private static void unzip(Path zip, Path into) throws IOException {
		Path root = Files.createDirectories(into).toRealPath();
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path target = root.resolve(entry.getName()).normalize();
				if (!target.startsWith(root)) {
					throw new IOException("zip entry escapes the target folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}

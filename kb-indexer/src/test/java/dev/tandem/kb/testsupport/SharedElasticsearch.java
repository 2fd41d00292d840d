package dev.tandem.kb.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.ElasticsearchSettings;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.localnode.LocalElasticsearch;
import dev.tandem.kb.localnode.LocalElasticsearchProperties;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real Elasticsearch for every integration test of a build run (not one per test
 * class): the first test starts Tandem's local node on {@code tandem.it.es.port} (default
 * 9250) with its data under {@code target/it-elasticsearch}; later tests, in this JVM or
 * the next module's, reuse it. {@code ./tandem test} and {@code .ci/run} stop it at the
 * end. Set {@code TANDEM_IT_ELASTICSEARCH_URIS} to use an existing cluster.
 *
 * <p>
 * Tests isolate themselves with their own index prefix ({@link #indexNames(String)}) and
 * delete their indices.
 */
public final class SharedElasticsearch {

	private static ElasticsearchConnection connection;

	private SharedElasticsearch() {
	}

	/** The address of the shared cluster, started on first use. */
	public static synchronized URI uri() {
		return connection().endpoints().get(0);
	}

	/** A client to the shared cluster; closed when the JVM exits. */
	public static synchronized ElasticsearchConnection connection() {
		if (connection == null) {
			Optional<URI> external = Optional.ofNullable(System.getenv("TANDEM_IT_ELASTICSEARCH_URIS"))
				.filter((uris) -> !uris.isBlank())
				.map(URI::create);
			LocalElasticsearch localNode = new LocalElasticsearch(LocalElasticsearchProperties.of(port(), home()));
			ElasticsearchSettings settings = external.map(ElasticsearchSettings::of)
				.orElseGet(() -> new ElasticsearchSettings(List.of(localNode.ensureRunning(System.out::println)),
						Optional.empty(), Optional.empty(), Optional.empty(), java.time.Duration.ofSeconds(5),
						java.time.Duration.ofSeconds(60)));
			ElasticsearchConnection created = new ElasticsearchConnection(settings, localNode);
			Runtime.getRuntime().addShutdownHook(new Thread(created::close, "shared-elasticsearch-close"));
			connection = created;
		}
		return connection;
	}

	/** Index names no other test uses: {@code it-<hint>-<random>-*}. */
	public static IndexNames indexNames(String hint) {
		String clean = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		clean = clean.substring(0, Math.min(clean.length(), 30));
		return new IndexNames("it-" + clean + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36));
	}

	/**
	 * Spring Boot tests: point the application at the shared cluster with its own prefix.
	 */
	public static IndexNames register(DynamicPropertyRegistry registry, String hint) {
		IndexNames names = indexNames(hint);
		registry.add("spring.elasticsearch.uris", () -> uri().toString());
		registry.add("tandem.index-prefix", names::indexPrefix);
		return names;
	}

	/** Deletes every index of {@code names}' prefix (tests call it when done). */
	public static void deleteIndices(IndexNames names) {
		try {
			// Elasticsearch 8 refuses wildcard deletes
			// (action.destructive_requires_name):
			// resolve the prefix to names first.
			var indices = connection().client().indices();
			List<String> found = List
				.copyOf(indices
					.get((get) -> get.index(names.everything())
						.allowNoIndices(true)
						.ignoreUnavailable(true)
						.expandWildcards(co.elastic.clients.elasticsearch._types.ExpandWildcard.All))
					.result()
					.keySet());
			if (!found.isEmpty()) {
				indices.delete((delete) -> delete.index(found).ignoreUnavailable(true));
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The process id of the local node these tests started or reuse (empty for an
	 * external cluster), for benchmarks that account for its CPU.
	 */
	public static Optional<Long> localNodePid() {
		if (System.getenv("TANDEM_IT_ELASTICSEARCH_URIS") != null) {
			return Optional.empty();
		}
		return new LocalElasticsearch(LocalElasticsearchProperties.of(port(), home())).status().pid();
	}

	static int port() {
		return Integer.parseInt(System.getProperty("tandem.it.es.port", "9250"));
	}

	static Path home() {
		String configured = System.getProperty("tandem.it.es.home");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		Path dir = Path.of("").toAbsolutePath();
		while (dir.getParent() != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		return dir.resolve("target").resolve("it-elasticsearch");
	}

}

package dev.tandem.kb.localnode.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a port whether Tandem's node answers there. Uses {@code /_cluster/health} because
 * the distribution we run answers 405 on {@code /} (FACTS.md).
 */
public final class ClusterProbe {

	public static final String CLUSTER_NAME = "tandem-local";

	private static final Pattern CLUSTER = Pattern.compile("\"cluster_name\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** The answer on a port. */
	public sealed interface Answer {

		/** Nothing listens. */
		record Nothing() implements Answer {
		}

		/** Our node: cluster {@value #CLUSTER_NAME}. */
		record Ours(String health) implements Answer {
		}

		/** Something else (another cluster, another server). */
		record Foreign(String description) implements Answer {
		}

	}

	public Answer probe(URI base) {
		try {
			HttpResponse<String> response = get(base.resolve("/_cluster/health"));
			if (response.statusCode() != 200) {
				return new Answer.Foreign("HTTP " + response.statusCode() + " on /_cluster/health");
			}
			Optional<String> cluster = find(CLUSTER, response.body());
			if (cluster.isEmpty()) {
				return new Answer.Foreign("not an Elasticsearch cluster health answer");
			}
			if (!CLUSTER_NAME.equals(cluster.get())) {
				return new Answer.Foreign("Elasticsearch cluster '" + cluster.get() + "'");
			}
			return new Answer.Ours(find(STATUS, response.body()).orElse("unknown"));
		}
		catch (IOException ex) {
			return new Answer.Nothing();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer.Nothing();
		}
	}

	/** The version the node reports in {@code /_nodes/_local}, when it answers. */
	public Optional<String> version(URI base) {
		try {
			HttpResponse<String> response = get(base.resolve("/_nodes/_local?filter_path=nodes.*.version"));
			return (response.statusCode() == 200)
					? find(Pattern.compile("\"version\"\\s*:\\s*\"([^\"]*)\""), response.body()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<String> find(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}

package dev.tandem.kb.localnode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The single-node Elasticsearch that Tandem starts on 127.0.0.1 when no
 * {@code spring.elasticsearch.uris} is set.
 *
 * @param port HTTP port on 127.0.0.1 (the transport port is this plus 100)
 * @param home where the unpacked distribution, configuration, data and logs live between
 * runs
 * @param heap JVM heap of the node, e.g. {@code 512m}
 * @param distribution the distribution zip to use; by default the one the build resolved
 * (next to the jar, or in the local Maven repository)
 * @param startupTimeout how long to wait for the node to report a yellow or green cluster
 */
@Validated
@ConfigurationProperties("tandem.local-es")
public record LocalElasticsearchProperties(@DefaultValue("9200") @Min(1) @Max(65435) int port,
		@DefaultValue("~/.tandem/elasticsearch") @NotNull Path home,
		@DefaultValue("512m") @Pattern(regexp = "\\d+[mg]", message = "must look like 512m or 2g") String heap,
		Optional<Path> distribution, @DefaultValue("180s") @NotNull Duration startupTimeout) {

	public LocalElasticsearchProperties {
		home = expandHome(home);
		distribution = (distribution != null) ? distribution.map(LocalElasticsearchProperties::expandHome)
				: Optional.empty();
	}

	/**
	 * {@code ~/x} means the user's home, as in a shell: configuration files and
	 * environment variables use it.
	 */
	static Path expandHome(Path path) {
		if (path == null || !path.startsWith("~")) {
			return path;
		}
		Path userHome = Path.of(System.getProperty("user.home"));
		return (path.getNameCount() == 1) ? userHome : userHome.resolve(path.subpath(1, path.getNameCount()));
	}

	/** The defaults, for code that runs outside a Spring context (tests, tools). */
	public static LocalElasticsearchProperties of(int port, Path home) {
		return new LocalElasticsearchProperties(port, home, "512m", Optional.empty(), Duration.ofSeconds(180));
	}

}

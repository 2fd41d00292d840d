package dev.tandem.admin;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import dev.tandem.kb.testsupport.SharedElasticsearch;

/**
 * Every application context of the {@code test} profile talks to the build's shared test
 * Elasticsearch ({@link SharedElasticsearch}: {@code -Dtandem.it.es.port}, data under
 * {@code target/it-elasticsearch}) with an index prefix of its own, never to the user's
 * local node (127.0.0.1:9200, {@code ~/.tandem}). Without this, the connector running in
 * the process (API token at start-up, case sweep) started that node and left it running.
 * <p>
 * Lowest precedence: a test that registers its own cluster or prefix
 * ({@code @DynamicPropertySource}, {@code properties}) wins.
 */
public class TestElasticsearch implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// profiles from @ActiveProfiles may not be applied yet when post-processors run
		boolean testProfile = Arrays.asList(environment.getActiveProfiles()).contains("test")
				|| Arrays.stream(environment.getProperty("spring.profiles.active", "").split(","))
					.anyMatch((profile) -> profile.strip().equals("test"));
		if (!testProfile || environment.containsProperty("spring.elasticsearch.uris")) {
			return;
		}
		String prefix = SharedElasticsearch.indexNames("admin-ui-test").indexPrefix();
		environment.getPropertySources()
			.addLast(new MapPropertySource("tandemTestElasticsearch", Map.of("spring.elasticsearch.uris",
					SharedElasticsearch.uri().toString(), "tandem.index-prefix", prefix)));
	}

}

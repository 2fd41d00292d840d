package dev.tandem.kb.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach Elasticsearch, under Spring Boot's own names
 * ({@code spring.elasticsearch.*}). Boot's auto-configuration is not used: it builds a
 * 9.x client that cannot talk to 8.19 (FACTS.md).
 *
 * @param uris the cluster; empty means Tandem's local node ({@code tandem.local-es.*})
 * @param username basic-auth user
 * @param password basic-auth password (redacted in {@link #toString()})
 * @param apiKey API key, sent as {@code Authorization: ApiKey ...} (redacted)
 * @param connectionTimeout connect timeout
 * @param socketTimeout read timeout
 */
@Validated
@ConfigurationProperties("spring.elasticsearch")
public record ElasticsearchSettings(@DefaultValue List<URI> uris, Optional<String> username, Optional<String> password,
		Optional<String> apiKey, @DefaultValue("5s") @NotNull Duration connectionTimeout,
		@DefaultValue("60s") @NotNull Duration socketTimeout) {

	public ElasticsearchSettings {
		uris = List.copyOf(uris);
		username = (username != null) ? username.filter((u) -> !u.isBlank()) : Optional.empty();
		password = (password != null) ? password : Optional.empty();
		apiKey = (apiKey != null) ? apiKey.filter((k) -> !k.isBlank()) : Optional.empty();
	}

	/** Settings for one cluster address without credentials (tests, tools). */
	public static ElasticsearchSettings of(URI uri) {
		return new ElasticsearchSettings(List.of(uri), Optional.empty(), Optional.empty(), Optional.empty(),
				Duration.ofSeconds(5), Duration.ofSeconds(60));
	}

	public boolean usesLocalNode() {
		return this.uris.isEmpty();
	}

	@Override
	public String toString() {
		return "ElasticsearchSettings[uris=" + this.uris + ", username=" + this.username.orElse("") + ", password="
				+ this.password.map((p) -> "******").orElse("") + ", apiKey="
				+ this.apiKey.map((k) -> "******").orElse("") + ", connectionTimeout=" + this.connectionTimeout
				+ ", socketTimeout=" + this.socketTimeout + "]";
	}

}

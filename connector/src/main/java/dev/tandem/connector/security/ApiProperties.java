package dev.tandem.connector.security;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tandem.api.*}.
 *
 * @param token bearer token for {@code /api/v1/**}; unset: generated at first start,
 * printed once, its hash kept in Elasticsearch (shared by every instance) and the token
 * itself in {@code token-file}
 * @param tokenFile where a generated token is written for the operator (readable by the
 * owner only); default {@code ~/.tandem/api-token}
 */
@ConfigurationProperties("tandem.api")
public record ApiProperties(Optional<String> token, Optional<Path> tokenFile) {

	public ApiProperties {
		token = (token != null) ? token.filter((value) -> !value.isBlank()) : Optional.empty();
		tokenFile = (tokenFile != null) ? tokenFile : Optional.empty();
	}

	Path tokenFileOrDefault() {
		return this.tokenFile.orElseGet(() -> Path.of(System.getProperty("user.home"), ".tandem", "api-token"));
	}

	@Override
	public String toString() {
		return "ApiProperties[token=" + (this.token.isPresent() ? "******" : "<generated>") + ", tokenFile="
				+ this.tokenFile.map(Path::toString).orElse("~/.tandem/api-token") + "]";
	}

}

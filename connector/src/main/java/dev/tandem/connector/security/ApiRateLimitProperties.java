package dev.tandem.connector.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.api.rate-limit.*}: how many {@code /api/**} requests one client address
 * may make (with or without valid credentials, so guessing the token is limited too).
 * Over the limit: 429 with {@code Retry-After}.
 *
 * @param enabled whether requests are limited at all
 * @param requestsPerMinute the steady rate a client may keep up
 * @param burst how many requests a client may make at once after a quiet spell
 */
@Validated
@ConfigurationProperties("tandem.api.rate-limit")
public record ApiRateLimitProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("600") @Positive @Max(1_000_000) int requestsPerMinute,
		@DefaultValue("120") @Positive @Max(1_000_000) int burst) {

}

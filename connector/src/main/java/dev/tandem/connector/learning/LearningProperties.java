package dev.tandem.connector.learning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Learning from human resolutions ({@code tandem.learning.*}).
 *
 * @param enabled whether resolved tickets become knowledge-base drafts
 * @param sweepInterval how often pending harvests are looked for (retries, other
 * instances' leftovers)
 * @param maxAttempts attempts before a harvest is given up (FAILED, logged)
 * @param maxBackoff longest wait between attempts
 */
@ConfigurationProperties("tandem.learning")
public record LearningProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration sweepInterval,
		@DefaultValue("12") int maxAttempts, @DefaultValue("1h") Duration maxBackoff) {

	public LearningProperties {
		if (sweepInterval.isNegative() || sweepInterval.isZero()) {
			throw new IllegalArgumentException("tandem.learning.sweep-interval must be positive");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("tandem.learning.max-attempts must be at least 1");
		}
		if (maxBackoff.isNegative() || maxBackoff.isZero()) {
			throw new IllegalArgumentException("tandem.learning.max-backoff must be positive");
		}
	}

}

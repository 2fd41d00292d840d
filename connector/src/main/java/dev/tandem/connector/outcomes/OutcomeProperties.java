package dev.tandem.connector.outcomes;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.outcomes.*}: how Tandem follows its automatic answers and learns from
 * them.
 *
 * @param durableAfter a resolution not reopened for this long is durable
 * @param replyTimeout an automatic answer without any reply for this long counts as
 * closed without reply
 * @param checkInterval how often every instance runs the scheduled checks (durability,
 * reply timeout, article flags, threshold feedback); 0 switches the schedule off
 * @param checkBatch most cases changed per check and kind (the next run continues)
 * @param articleMinSample settled answers an article needs before its failure rate counts
 * @param articleMaxFailureRate failure rate (rejected + reopened of settled answers) from
 * which an article is flagged for review
 * @param thresholdFeedback whether real outcomes may tighten a category's auto-answer
 * threshold
 * @param precisionMinSample settled answers a category needs before its measured
 * precision is acted on
 * @param precisionWindow how far back answers count for the measured precision
 * @param precisionConfidence confidence of the Wilson interval around the measured
 * precision (0.95: tighten only when precision is below target with 95% confidence)
 * @param thresholdStep how much a threshold rises when the outcomes do not show a
 * confidence at which the target would have been met
 */
@Validated
@ConfigurationProperties("tandem.outcomes")
public record OutcomeProperties(@DefaultValue("7d") @NotNull Duration durableAfter,
		@DefaultValue("5d") @NotNull Duration replyTimeout, @DefaultValue("10m") @NotNull Duration checkInterval,
		@DefaultValue("500") @Min(1) int checkBatch, @DefaultValue("10") @Min(1) int articleMinSample,
		@DefaultValue("0.3") @DecimalMin("0.0") @DecimalMax("1.0") double articleMaxFailureRate,
		@DefaultValue("true") boolean thresholdFeedback, @DefaultValue("20") @Min(1) int precisionMinSample,
		@DefaultValue("30d") @NotNull Duration precisionWindow,
		@DefaultValue("0.95") @DecimalMin("0.5") @DecimalMax("0.999") double precisionConfidence,
		@DefaultValue("0.05") @DecimalMin("0.001") @DecimalMax("0.5") double thresholdStep) {

	public static OutcomeProperties defaults() {
		return new OutcomeProperties(Duration.ofDays(7), Duration.ofDays(5), Duration.ofMinutes(10), 500, 10, 0.3, true,
				20, Duration.ofDays(30), 0.95, 0.05);
	}

}

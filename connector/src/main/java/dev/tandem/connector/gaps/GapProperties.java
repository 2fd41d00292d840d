package dev.tandem.connector.gaps;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.gaps.*}: how knowledge gaps are found.
 *
 * @param window the period a computation looks at by default (its trend compares it with
 * the period before, of the same length)
 * @param similarity cosine similarity from which two tickets are about the same topic
 * (see docs/benchmarks.md for how it was chosen)
 * @param minSize fewest tickets (both periods) a gap needs to be reported
 * @param maxTickets most tickets considered per computation (the newest)
 * @param examples example tickets kept per gap
 * @param maxGaps most gaps reported
 */
@Validated
@ConfigurationProperties("tandem.gaps")
public record GapProperties(@DefaultValue("30d") @NotNull Duration window,
		@DefaultValue("0.88") @DecimalMin("0.0") @DecimalMax("1.0") double similarity,
		@DefaultValue("2") @Min(1) int minSize, @DefaultValue("5000") @Min(10) int maxTickets,
		@DefaultValue("5") @Min(1) int examples, @DefaultValue("50") @Min(1) int maxGaps) {

	public static GapProperties defaults() {
		return new GapProperties(Duration.ofDays(30), 0.88, 2, 5000, 5, 50);
	}

}

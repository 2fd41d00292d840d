package dev.tandem.connector.actions;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.actions.*}: what Tandem does in Jira for each decision.
 *
 * @param autoAnsweredLabel label added to tickets Tandem answered
 * @param assistedLabel label added to tickets handed over with a suggestion
 * @param handedOverLabel label added to tickets handed straight to a person
 * @param negativeSentimentLabel label added when the customer sounds negative
 * @param vipLabel label added to VIP tickets
 * @param setPriority whether Tandem sets the priority it suggests
 * @param afterAutoAnswerTransition transition after an automatic answer, e.g.
 * {@code Waiting for customer} (empty: none)
 * @param resolveTransition transition when the customer confirms the answer solved it,
 * e.g. {@code Resolve} (empty: only a label and a thank-you)
 * @param escalateTransition transition when the customer wants a person after an
 * automatic answer, e.g. {@code In progress} (empty: none)
 * @param maxAttempts attempts per action before it counts as failed for good
 * @param maxBackoff longest pause between attempts when Jira gives no Retry-After
 */
@Validated
@ConfigurationProperties("tandem.actions")
public record ActionProperties(@DefaultValue("tandem-auto-answered") @NotBlank String autoAnsweredLabel,
		@DefaultValue("tandem-assisted") @NotBlank String assistedLabel,
		@DefaultValue("tandem-handed-over") @NotBlank String handedOverLabel,
		@DefaultValue("sentiment-negative") @NotBlank String negativeSentimentLabel,
		@DefaultValue("tandem-vip") @NotBlank String vipLabel, @DefaultValue("true") boolean setPriority,
		Optional<String> afterAutoAnswerTransition, Optional<String> resolveTransition,
		Optional<String> escalateTransition, @DefaultValue("12") @Min(1) int maxAttempts,
		@DefaultValue("5m") @NotNull Duration maxBackoff) {

	public ActionProperties {
		afterAutoAnswerTransition = nonBlank(afterAutoAnswerTransition);
		resolveTransition = nonBlank(resolveTransition);
		escalateTransition = nonBlank(escalateTransition);
	}

	private static Optional<String> nonBlank(Optional<String> value) {
		return (value == null) ? Optional.empty() : value.filter((text) -> !text.isBlank()).map(String::strip);
	}

}

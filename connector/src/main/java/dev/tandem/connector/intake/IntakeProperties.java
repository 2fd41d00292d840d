package dev.tandem.connector.intake;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.intake.*}: webhook limits and catch-up polling.
 *
 * @param maxBodySize largest webhook body accepted (larger: 413)
 * @param catchUpEnabled whether to poll Jira for tickets the webhooks missed
 * @param catchUpInterval pause between polls
 * @param catchUpOverlap how far before the last poll each poll looks again (Jira Cloud's
 * search is eventually consistent)
 * @param satisfactionField Jira Service Management's "Satisfaction" custom field id (e.g.
 * {@code customfield_10034}): read from issue updates and polled for ratings given while
 * Tandem was down; without it, ratings are still taken from webhook changelogs of a field
 * named "Satisfaction"
 */
@Validated
@ConfigurationProperties("tandem.intake")
public record IntakeProperties(@DefaultValue("1MB") @NotNull DataSize maxBodySize,
		@DefaultValue("true") boolean catchUpEnabled, @DefaultValue("60s") @NotNull Duration catchUpInterval,
		@DefaultValue("10m") @NotNull Duration catchUpOverlap, Optional<String> satisfactionField) {

	public IntakeProperties {
		satisfactionField = (satisfactionField != null)
				? satisfactionField.map(String::strip).filter((field) -> !field.isEmpty()) : Optional.empty();
		satisfactionField.filter((field) -> !field.matches("customfield_\\d+")).ifPresent((field) -> {
			throw new IllegalArgumentException(
					"tandem.intake.satisfaction-field must be a custom field id like customfield_10034, not '" + field
							+ "'");
		});
	}

}

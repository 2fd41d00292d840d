package dev.tandem.connector.alerts;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.alerts.*}: spikes of negative sentiment or of one topic.
 *
 * @param enabled whether the detector runs
 * @param window length of the window checked (the latest complete one)
 * @param baselineWindows how many windows before it form the baseline
 * @param sigmas a window is a spike above mean + sigmas x standard deviation of the
 * baseline
 * @param minCount and only with at least this many tickets (a quiet desk's 3 instead of 1
 * is no spike)
 * @param checkEvery how often to check
 * @param jiraIssue an issue that collects alert notes (the group to notify watches it);
 * unset: no notification in Jira
 * @param jiraGroup the group named in the note
 */
@Validated
@ConfigurationProperties("tandem.alerts")
public record AlertProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1h") @NotNull Duration window,
		@DefaultValue("24") @Min(3) @Max(500) int baselineWindows, @DefaultValue("3") @DecimalMin("0") double sigmas,
		@DefaultValue("5") @Min(1) int minCount, @DefaultValue("5m") @NotNull Duration checkEvery,
		Optional<String> jiraIssue, Optional<String> jiraGroup) {

	public AlertProperties {
		jiraIssue = (jiraIssue != null) ? jiraIssue.filter((key) -> !key.isBlank()) : Optional.empty();
		jiraGroup = (jiraGroup != null) ? jiraGroup.filter((group) -> !group.isBlank()) : Optional.empty();
	}

}

package dev.tandem.connector.mode;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.mode} and how often other instances' switches are noticed.
 *
 * @param mode the mode until an admin switches it at run time (a switch is persisted and
 * wins over this setting from then on)
 * @param refresh how long an instance trusts the mode it read
 */
@Validated
@ConfigurationProperties("tandem")
public record ModeProperties(@DefaultValue("live") @NotNull Mode mode,
		@DefaultValue("2s") @NotNull Duration modeRefresh) {

}

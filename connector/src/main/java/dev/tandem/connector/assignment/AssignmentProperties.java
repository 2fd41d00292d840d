package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.assignment.*}: who works in which pool, when, in which languages.
 *
 * @param defaultPool pool for tickets whose category has no pool of its own
 * @param seniorPool pool for VIP tickets
 * @param categoryPools category to pool, e.g. {@code billing: billing}
 * @param poolGroups pool to a Jira group whose active members belong to the pool too
 * @param agents agents and their profiles
 * @param away agent ids currently away (admins can add more at run time)
 * @param defaults profile of agents known only from a Jira group
 * @param workloadRefresh how long open-ticket counts from Jira are trusted
 * @param directoryRefresh how long Jira group members are trusted
 * @param openTicketsJql JQL condition for a ticket that still counts as work
 * @param rosterRefresh how long an instance trusts the roster it read before checking for
 * a newer saved version (how soon an admin's edit reaches every instance)
 */
@Validated
@ConfigurationProperties("tandem.assignment")
public record AssignmentProperties(@DefaultValue("support") @NotBlank String defaultPool,
		@DefaultValue("senior") @NotBlank String seniorPool, @DefaultValue Map<String, String> categoryPools,
		@DefaultValue Map<String, String> poolGroups, @DefaultValue List<@Valid AgentSettings> agents,
		@DefaultValue List<String> away, @DefaultValue @Valid Defaults defaults,
		@DefaultValue("30s") @NotNull Duration workloadRefresh, @DefaultValue("5m") @NotNull Duration directoryRefresh,
		@DefaultValue("statusCategory != Done") @NotBlank String openTicketsJql,
		@DefaultValue("3s") @NotNull Duration rosterRefresh) {

	/**
	 * One agent.
	 *
	 * @param id Jira user id
	 * @param name display name
	 * @param pools pools
	 * @param languages languages spoken
	 * @param skills categories known well
	 * @param timeZone time zone (default: {@code defaults.time-zone})
	 * @param workStart start of working hours (default: {@code defaults.work-start})
	 * @param workEnd end of working hours
	 * @param workDays working days
	 */
	public record AgentSettings(@NotBlank String id, String name, List<String> pools, List<String> languages,
			List<String> skills, Optional<ZoneId> timeZone, Optional<LocalTime> workStart, Optional<LocalTime> workEnd,
			List<DayOfWeek> workDays) {

		public AgentSettings {
			pools = Objects.requireNonNullElse(pools, List.of());
			languages = Objects.requireNonNullElse(languages, List.of());
			skills = Objects.requireNonNullElse(skills, List.of());
			timeZone = Objects.requireNonNullElse(timeZone, Optional.empty());
			workStart = Objects.requireNonNullElse(workStart, Optional.empty());
			workEnd = Objects.requireNonNullElse(workEnd, Optional.empty());
			workDays = Objects.requireNonNullElse(workDays, List.of());
		}

		Agent toAgent(Defaults defaults) {
			return new Agent(this.id, this.name, Set.copyOf(this.pools), Set.copyOf(this.languages),
					Set.copyOf(this.skills), this.timeZone.orElse(defaults.timeZone()),
					this.workStart.orElse(defaults.workStart()), this.workEnd.orElse(defaults.workEnd()),
					this.workDays.isEmpty() ? Set.copyOf(defaults.workDays()) : Set.copyOf(this.workDays));
		}

	}

	/**
	 * Profile for agents without settings of their own.
	 *
	 * @param timeZone time zone when neither settings nor Jira tell
	 * @param workStart start of working hours
	 * @param workEnd end of working hours
	 * @param workDays working days
	 * @param languages languages assumed
	 */
	public record Defaults(@DefaultValue("UTC") ZoneId timeZone, @DefaultValue("09:00") LocalTime workStart,
			@DefaultValue("17:00") LocalTime workEnd, @DefaultValue( {
					"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) List<DayOfWeek> workDays,
			@DefaultValue List<String> languages){

	}

}

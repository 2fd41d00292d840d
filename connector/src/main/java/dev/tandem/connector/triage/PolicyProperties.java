package dev.tandem.connector.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.triage.policy.*}: the policy in force until an admin saves one (see
 * {@link TriagePolicy} for each field).
 */
@Validated
@ConfigurationProperties("tandem.triage.policy")
public record PolicyProperties(@DefaultValue("true") boolean autoAnswerEnabled,
		@DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double autoAnswerMinConfidence,
		@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double assistMinConfidence, @DefaultValue( {
				"en", "zh" }) List<String> autoAnswerLanguages,
		@DefaultValue List<String> neverAutoAnswerCategories,
		@DefaultValue("VERY_NEGATIVE") List<SentimentLabel> humanOnSentiments,
		@DefaultValue("true") boolean humanOnAnger, @DefaultValue("true") boolean humanOnPersonRequest,
		@DefaultValue List<String> vipEmailDomains, @DefaultValue List<String> vipOrganisations,
		@DefaultValue("vip") List<String> vipLabels, @DefaultValue Map<String, String> vipFields,
		@DefaultValue("5s") @NotNull Duration refresh,
		@DefaultValue Map<String, Double> categoryAutoAnswerMinConfidence){

	/** The configured defaults as policy version 0. */
	public TriagePolicy defaults() {
		return new TriagePolicy(0, this.autoAnswerEnabled, this.autoAnswerMinConfidence, this.assistMinConfidence,
				Set.copyOf(this.autoAnswerLanguages), Set.copyOf(this.neverAutoAnswerCategories),
				Set.copyOf(this.humanOnSentiments), this.humanOnAnger, this.humanOnPersonRequest,
				new TriagePolicy.Vip(Set.copyOf(this.vipEmailDomains), Set.copyOf(this.vipOrganisations),
						Set.copyOf(this.vipLabels), this.vipFields),
				"configuration", Instant.EPOCH, Optional.empty(), this.categoryAutoAnswerMinConfidence);
	}

}

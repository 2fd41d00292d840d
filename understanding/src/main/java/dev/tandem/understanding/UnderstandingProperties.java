package dev.tandem.understanding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import dev.tandem.understanding.priority.Priority;
import dev.tandem.understanding.priority.PriorityRules;
import dev.tandem.understanding.priority.PriorityRules.RequestType;
import dev.tandem.understanding.priority.PriorityRules.Rule;
import dev.tandem.understanding.priority.PriorityRules.Vip;
import dev.tandem.understanding.privacy.PersonalDataType;
import dev.tandem.understanding.sentiment.SentimentSettings;

/**
 * Settings of the understanding library ({@code tandem.understanding.*}).
 *
 * @param maxAnalysedChars language, sentiment and priority look at this many characters
 * of a ticket (the rest is ignored, and the explanation says so)
 * @param masking which personal data to mask and up to what length
 * @param sentiment label thresholds
 * @param priority priority rules (added to, or replacing, the built-in ones)
 */
@Validated
@ConfigurationProperties("tandem.understanding")
public record UnderstandingProperties(@DefaultValue("32768") @Min(1024) int maxAnalysedChars, @Valid Masking masking,
		@Valid Sentiment sentiment, @Valid PriorityProperties priority) {

	public UnderstandingProperties {
		masking = (masking != null) ? masking : new Masking(null, 1024 * 1024);
		sentiment = (sentiment != null) ? sentiment : new Sentiment(0.3, 0.6, true);
		priority = (priority != null) ? priority : new PriorityProperties(null, null, true, null, null);
	}

	/** Defaults everywhere. */
	public static UnderstandingProperties defaults() {
		return new UnderstandingProperties(32768, null, null, null);
	}

	/**
	 * @param types the types to mask (default: all)
	 * @param maxChars longest text masked; beyond it the text is cut, never stored
	 * unmasked
	 */
	public record Masking(Set<PersonalDataType> types, @DefaultValue("1048576") @Min(1024) int maxChars) {

		public Masking {
			types = (types != null && !types.isEmpty()) ? Set.copyOf(types) : EnumSet.allOf(PersonalDataType.class);
		}

	}

	/**
	 * @param neutralBand scores within ±neutralBand are NEUTRAL
	 * @param veryThreshold scores beyond ±veryThreshold are VERY_NEGATIVE / VERY_POSITIVE
	 * @param prototypes whether Chinese text also gets the prototype vote when the
	 * application provides {@code SentimentPrototypes} (kb-indexer does, from its Chinese
	 * embedding model)
	 */
	public record Sentiment(@DefaultValue("0.3") @DecimalMin("0.0") @DecimalMax("0.9") double neutralBand,
			@DefaultValue("0.6") @DecimalMin("0.1") @DecimalMax("1.0") double veryThreshold,
			@DefaultValue("true") boolean prototypes) {

		public SentimentSettings settings(int maxChars) {
			return new SentimentSettings(this.neutralBand, this.veryThreshold, maxChars);
		}

	}

	/**
	 * Priority rules as configured. Unset parts keep the built-in values; configured
	 * {@code rules} are added to the built-in ones (a rule with the same name replaces
	 * the built-in one) unless {@code keepDefaultRules} is false.
	 */
	public record PriorityProperties(Priority defaultPriority, List<Rule> rules,
			@DefaultValue("true") boolean keepDefaultRules, Vip vip, List<RequestType> requestTypes) {

		public PriorityProperties {
			// Fail at binding time, naming the field, rather than when the first ticket
			// arrives.
			effectiveRules(defaultPriority, rules, keepDefaultRules, vip, requestTypes);
		}

		/** The effective rule set; throws naming every invalid field. */
		public PriorityRules toRules() {
			return effectiveRules(this.defaultPriority, this.rules, this.keepDefaultRules, this.vip, this.requestTypes);
		}

		private static PriorityRules effectiveRules(Priority defaultPriority, List<Rule> rules,
				boolean keepDefaultRules, Vip vip, List<RequestType> requestTypes) {
			PriorityRules defaults = PriorityRules.defaults();
			Map<String, Rule> merged = new LinkedHashMap<>();
			if (keepDefaultRules) {
				defaults.rules().forEach((rule) -> merged.put(rule.name(), rule));
			}
			List<Rule> configured = (rules != null) ? rules : List.of();
			List<Rule> unnamed = new ArrayList<>();
			for (Rule rule : configured) {
				if (rule != null && rule.name() != null && !rule.name().isBlank()) {
					merged.put(rule.name(), rule);
				}
				else {
					unnamed.add(rule);
				}
			}
			List<Rule> all = new ArrayList<>(merged.values());
			all.addAll(unnamed);
			return new PriorityRules((defaultPriority != null) ? defaultPriority : defaults.defaultPriority(), all,
					(vip != null) ? vip : defaults.vip(),
					(requestTypes != null) ? requestTypes : defaults.requestTypes());
		}

	}

}

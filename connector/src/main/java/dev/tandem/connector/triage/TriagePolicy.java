package dev.tandem.connector.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules that turn signals into a decision, changeable by admins at run time (stored
 * versioned in {@code <prefix>-policy}; defaults from {@code tandem.triage.policy.*}).
 *
 * @param version 0 for the configured defaults, then 1, 2, ... per saved change
 * @param autoAnswerEnabled whether Tandem may answer at all
 * @param autoAnswerMinConfidence besides retrieval's calibrated answerable flag, a
 * minimum confidence (0 trusts the flag alone)
 * @param assistMinConfidence confidence from which a suggestion is worth an internal note
 * @param autoAnswerLanguages languages Tandem writes answers in
 * @param neverAutoAnswerCategories categories always handled by people
 * @param humanOnSentiments sentiment levels that send a ticket to a person
 * @param humanOnAnger anger or a complaint sends a ticket to a person
 * @param humanOnPersonRequest an explicit request for a person is honoured
 * @param vip who gets the senior pool, never a bot
 * @param updatedBy who saved this version
 * @param updatedAt when
 * @param comment why it was changed
 * @param categoryAutoAnswerMinConfidence per category (lower case), a stricter minimum
 * confidence for automatic answers than {@code autoAnswerMinConfidence}; threshold
 * feedback raises these when real outcomes show a category's answers miss the target
 * precision
 */
public record TriagePolicy(int version, boolean autoAnswerEnabled, double autoAnswerMinConfidence,
		double assistMinConfidence, Set<String> autoAnswerLanguages, Set<String> neverAutoAnswerCategories,
		Set<SentimentLabel> humanOnSentiments, boolean humanOnAnger, boolean humanOnPersonRequest, Vip vip,
		String updatedBy, Instant updatedAt, Optional<String> comment,
		Map<String, Double> categoryAutoAnswerMinConfidence) {

	public TriagePolicy {
		autoAnswerLanguages = lowerCase(autoAnswerLanguages);
		neverAutoAnswerCategories = lowerCase(neverAutoAnswerCategories);
		humanOnSentiments = Set.copyOf(Objects.requireNonNullElse(humanOnSentiments, Set.of()));
		vip = Objects.requireNonNullElse(vip, Vip.none());
		updatedBy = Objects.requireNonNullElse(updatedBy, "configuration");
		updatedAt = Objects.requireNonNullElse(updatedAt, Instant.EPOCH);
		comment = Objects.requireNonNullElse(comment, Optional.empty());
		categoryAutoAnswerMinConfidence = Objects
			.requireNonNullElse(categoryAutoAnswerMinConfidence, Map.<String, Double>of())
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() != null && entry.getValue() != null)
			.collect(Collectors.toUnmodifiableMap((entry) -> entry.getKey().strip().toLowerCase(Locale.ROOT),
					Map.Entry::getValue, Math::max));
	}

	/**
	 * The minimum confidence for an automatic answer in a category: the stricter of the
	 * global minimum and the category's own.
	 */
	public double autoAnswerMinConfidence(Optional<String> category) {
		return category.map((name) -> this.categoryAutoAnswerMinConfidence.get(name.toLowerCase(Locale.ROOT)))
			.map((own) -> Math.max(own, this.autoAnswerMinConfidence))
			.orElse(this.autoAnswerMinConfidence);
	}

	/** This policy with a category's own minimum confidence set (not yet saved). */
	public TriagePolicy withCategoryAutoAnswerMinConfidence(String category, double minimum) {
		Map<String, Double> changed = new HashMap<>(this.categoryAutoAnswerMinConfidence);
		changed.put(category.strip().toLowerCase(Locale.ROOT), minimum);
		return new TriagePolicy(this.version, this.autoAnswerEnabled, this.autoAnswerMinConfidence,
				this.assistMinConfidence, this.autoAnswerLanguages, this.neverAutoAnswerCategories,
				this.humanOnSentiments, this.humanOnAnger, this.humanOnPersonRequest, this.vip, this.updatedBy,
				this.updatedAt, this.comment, changed);
	}

	/** Every problem with these values, naming the field; empty when valid. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!(this.autoAnswerMinConfidence >= 0 && this.autoAnswerMinConfidence <= 1)) {
			problems.add("autoAnswerMinConfidence must be in [0, 1], was " + this.autoAnswerMinConfidence);
		}
		if (!(this.assistMinConfidence >= 0 && this.assistMinConfidence <= 1)) {
			problems.add("assistMinConfidence must be in [0, 1], was " + this.assistMinConfidence);
		}
		this.categoryAutoAnswerMinConfidence.forEach((category, minimum) -> {
			if (!(minimum >= 0 && minimum <= 1)) {
				problems.add("categoryAutoAnswerMinConfidence." + category + " must be in [0, 1], was " + minimum);
			}
		});
		for (String language : this.autoAnswerLanguages) {
			if (!Set.of("en", "zh").contains(language)) {
				problems.add("autoAnswerLanguages: no answer templates for '" + language + "' (available: en, zh)");
			}
		}
		return problems;
	}

	/** This policy saved as a new version. */
	public TriagePolicy asVersion(int newVersion, String by, Instant at, Optional<String> why) {
		return new TriagePolicy(newVersion, this.autoAnswerEnabled, this.autoAnswerMinConfidence,
				this.assistMinConfidence, this.autoAnswerLanguages, this.neverAutoAnswerCategories,
				this.humanOnSentiments, this.humanOnAnger, this.humanOnPersonRequest, this.vip, by, at, why,
				this.categoryAutoAnswerMinConfidence);
	}

	private static Set<String> lowerCase(Set<String> values) {
		return Objects.requireNonNullElse(values, Set.<String>of())
			.stream()
			.map((value) -> value.strip().toLowerCase(Locale.ROOT))
			.filter((value) -> !value.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Who counts as a VIP: any one match is enough.
	 *
	 * @param emailDomains reporter e-mail domains, e.g. {@code bigcustomer.com}
	 * @param organisations JSM organisations
	 * @param labels Jira labels, e.g. {@code vip}
	 * @param fields custom field id to value ({@code *} for any value)
	 */
	public record Vip(Set<String> emailDomains, Set<String> organisations, Set<String> labels,
			Map<String, String> fields) {

		public Vip {
			emailDomains = lowerCase(emailDomains);
			organisations = lowerCase(organisations);
			labels = lowerCase(labels);
			fields = Map.copyOf(Objects.requireNonNullElse(fields, Map.of()));
		}

		public static Vip none() {
			return new Vip(Set.of(), Set.of(), Set.of(), Map.of());
		}

		/** Why this ticket is a VIP's, or empty when it is not. */
		public Optional<String> match(TicketFacts ticket) {
			if (ticket.reporterEmailDomain().filter(this.emailDomains::contains).isPresent()) {
				return Optional
					.of("the reporter's e-mail domain " + ticket.reporterEmailDomain().get() + " is on the VIP list");
			}
			for (String organisation : ticket.organisations()) {
				if (this.organisations.contains(organisation.toLowerCase(Locale.ROOT))) {
					return Optional.of("the organisation '" + organisation + "' is on the VIP list");
				}
			}
			for (String label : ticket.labels()) {
				if (this.labels.contains(label.toLowerCase(Locale.ROOT))) {
					return Optional.of("the ticket has the VIP label '" + label + "'");
				}
			}
			for (Map.Entry<String, String> field : this.fields.entrySet()) {
				String value = ticket.fields().get(field.getKey());
				if (value != null && !value.isBlank()
						&& ("*".equals(field.getValue()) || field.getValue().equalsIgnoreCase(value.strip()))) {
					return Optional.of("the field " + field.getKey() + " marks a VIP");
				}
			}
			return Optional.empty();
		}

	}

}

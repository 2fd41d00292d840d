package dev.tandem.understanding.priority;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Priority rules admins edit at run time (bound from
 * {@code tandem.understanding.priority.*}, replaceable through
 * {@link PriorityClassifier#replaceRules(PriorityRules)}). Invalid rules are refused as a
 * whole with every problem named ({@link InvalidPriorityRulesException}).
 *
 * @param defaultPriority priority when neither history nor rules say otherwise
 * @param rules keyword and regex rules; each raises ({@code AT_LEAST}) or caps
 * ({@code AT_MOST}) the priority when it fires; raising wins over capping
 * @param vip reporters whose tickets get at least a minimum priority
 * @param requestTypes request types with their baseline priority and SLA
 */
public record PriorityRules(@NotNull Priority defaultPriority, @Valid List<Rule> rules, @Valid Vip vip,
		@Valid List<RequestType> requestTypes) {

	public PriorityRules {
		defaultPriority = (defaultPriority != null) ? defaultPriority : Priority.MEDIUM;
		rules = (rules != null) ? List.copyOf(rules) : List.of();
		vip = (vip != null) ? vip : Vip.NONE;
		requestTypes = (requestTypes != null) ? List.copyOf(requestTypes) : List.of();
		List<String> problems = problems(rules, requestTypes);
		if (!problems.isEmpty()) {
			throw new InvalidPriorityRulesException(problems);
		}
	}

	/** What a rule does to the priority when it fires. */
	public enum Effect {

		/** Raise to at least the rule's priority (outage, data loss, VIP). */
		AT_LEAST,
		/** Lower to at most the rule's priority (questions, feature requests). */
		AT_MOST

	}

	/**
	 * A named rule: fires when any keyword (whole words in Latin script, anywhere in
	 * Chinese; case-insensitive; a trailing plural {@code s} is allowed) or any regex
	 * pattern (case-insensitive) matches the ticket's summary or description.
	 */
	public record Rule(@NotBlank String name, @NotNull Priority priority, Effect effect, List<String> keywords,
			List<String> patterns) {

		public Rule {
			effect = (effect != null) ? effect : Effect.AT_LEAST;
			keywords = (keywords != null) ? keywords.stream().filter((k) -> k != null && !k.isBlank()).toList()
					: List.of();
			patterns = (patterns != null) ? List.copyOf(patterns) : List.of();
		}

		public static Rule atLeast(String name, Priority priority, List<String> keywords, List<String> patterns) {
			return new Rule(name, priority, Effect.AT_LEAST, keywords, patterns);
		}

		public static Rule atMost(String name, Priority priority, List<String> keywords, List<String> patterns) {
			return new Rule(name, priority, Effect.AT_MOST, keywords, patterns);
		}

	}

	/**
	 * Reporters (e-mail addresses, Jira account ids or user names, compared
	 * case-insensitively) whose tickets get at least {@code minimum}.
	 */
	public record Vip(List<String> reporters, Priority minimum) {

		public static final Vip NONE = new Vip(List.of(), Priority.HIGH);

		public Vip {
			reporters = (reporters != null) ? reporters.stream().filter((r) -> r != null && !r.isBlank()).toList()
					: List.of();
			minimum = (minimum != null) ? minimum : Priority.HIGH;
		}

	}

	/**
	 * A request type (e.g. JSM's "Incident") with its baseline priority and optional SLA.
	 */
	public record RequestType(@NotBlank String name, @NotNull Priority priority, Duration sla) {

		public Optional<Duration> slaIfSet() {
			return Optional.ofNullable(this.sla);
		}

	}

	/**
	 * The rule set Tandem starts with: outages, data loss, security, payments, log-in,
	 * urgency.
	 */
	public static PriorityRules defaults() {
		return DefaultPriorityRules.RULES;
	}

	public Optional<RequestType> requestType(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return this.requestTypes.stream().filter((type) -> type.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	public PriorityRules withVip(Vip vip) {
		return new PriorityRules(this.defaultPriority, this.rules, vip, this.requestTypes);
	}

	public PriorityRules withRules(List<Rule> rules) {
		return new PriorityRules(this.defaultPriority, rules, this.vip, this.requestTypes);
	}

	public PriorityRules withRequestTypes(List<RequestType> requestTypes) {
		return new PriorityRules(this.defaultPriority, this.rules, this.vip, requestTypes);
	}

	private static List<String> problems(List<Rule> rules, List<RequestType> requestTypes) {
		List<String> problems = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < rules.size(); i++) {
			Rule rule = rules.get(i);
			String at = "rules[" + i + "]";
			if (rule == null) {
				problems.add(at + ": missing");
				continue;
			}
			if (rule.name() == null || rule.name().isBlank()) {
				problems.add(at + ".name: must not be blank");
			}
			else if (names.contains(rule.name())) {
				problems.add(at + ".name: duplicate rule name '" + rule.name() + "'");
			}
			names.add(rule.name());
			if (rule.priority() == null) {
				problems.add(at + ".priority: must be one of HIGHEST, HIGH, MEDIUM, LOW, LOWEST");
			}
			if (rule.keywords().isEmpty() && rule.patterns().isEmpty()) {
				problems.add(at + ": needs at least one keyword or pattern");
			}
			for (int p = 0; p < rule.patterns().size(); p++) {
				String pattern = rule.patterns().get(p);
				try {
					if (pattern == null || pattern.isBlank()) {
						problems.add(at + ".patterns[" + p + "]: must not be blank");
					}
					else if (Pattern.compile(pattern).matcher("").matches()) {
						problems.add(at + ".patterns[" + p + "]: matches empty text, so it would fire on every ticket");
					}
				}
				catch (PatternSyntaxException ex) {
					problems.add(at + ".patterns[" + p + "]: invalid regular expression: " + ex.getDescription()
							+ " near index " + ex.getIndex());
				}
			}
		}
		for (int i = 0; i < requestTypes.size(); i++) {
			RequestType type = requestTypes.get(i);
			String at = "requestTypes[" + i + "]";
			if (type == null || type.name() == null || type.name().isBlank()) {
				problems.add(at + ".name: must not be blank");
			}
			else if (type.priority() == null) {
				problems.add(at + ".priority: must be one of HIGHEST, HIGH, MEDIUM, LOW, LOWEST");
			}
			else if (type.sla() != null && (type.sla().isNegative() || type.sla().isZero())) {
				problems.add(at + ".sla: must be positive, was " + type.sla());
			}
		}
		return problems;
	}

}

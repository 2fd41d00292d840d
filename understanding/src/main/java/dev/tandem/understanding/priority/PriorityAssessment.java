package dev.tandem.understanding.priority;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.understanding.explanation.Evidence;

/**
 * The priority Tandem suggests and why.
 *
 * @param priority the suggested Jira priority
 * @param basis where the starting point came from before rules raised or capped it
 * @param baseline the starting point itself
 * @param confidence in [0, 1]: the model's probability, or a fixed level for rules
 * @param firedRules names of the rules that fired (incl. {@code vip})
 * @param sla the SLA of the ticket's request type, when configured
 * @param modelProbabilities the learned model's probabilities (empty without a model)
 * @param evidence rules, model terms and notes behind the result
 */
public record PriorityAssessment(Priority priority, Basis basis, Priority baseline, double confidence,
		List<String> firedRules, Optional<Duration> sla, Map<Priority, Double> modelProbabilities,
		List<Evidence> evidence) {

	public PriorityAssessment {
		firedRules = List.copyOf(firedRules);
		modelProbabilities = Map.copyOf(modelProbabilities);
		evidence = List.copyOf(evidence);
	}

	/** Where the baseline came from. */
	public enum Basis {

		/** The configured default priority: no history and no request type. */
		DEFAULT,
		/** The baseline of the ticket's request type. */
		REQUEST_TYPE,
		/** The model learned from the organisation's resolved tickets. */
		MODEL

	}

	/** Whether a rule (or the VIP list) changed the baseline. */
	public boolean changedByRules() {
		return this.priority != this.baseline;
	}

}

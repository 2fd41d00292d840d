package dev.tandem.connector.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;
import dev.tandem.connector.triage.PolicyStore;
import dev.tandem.connector.triage.TriagePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the loop from real outcomes to the policy: per category, the measured precision
 * of automatic answers ({@link ThresholdTightening}); a category clearly below
 * {@code tandem.answering.target-precision} gets a stricter auto-answer minimum in a new
 * policy version, with the reason in the audit log. Never loosens: lowering a threshold
 * again is a person's decision. Safe with several instances: the new version is written
 * create-if-absent on top of the version measured, so only one instance's change lands
 * and the others re-measure against it on their next run.
 */
public class ThresholdFeedback {

	private static final Logger log = LoggerFactory.getLogger(ThresholdFeedback.class);

	private static final int MAX_ANSWERS = 10_000;

	private final CaseStore cases;

	private final PolicyStore policies;

	private final AuditLog audit;

	private final OutcomeProperties properties;

	private final ThresholdTightening tightening;

	private final Clock clock;

	public ThresholdFeedback(CaseStore cases, PolicyStore policies, AuditLog audit, OutcomeProperties properties,
			double targetPrecision, Clock clock) {
		this.cases = cases;
		this.policies = policies;
		this.audit = audit;
		this.properties = properties;
		this.tightening = new ThresholdTightening(targetPrecision, properties.precisionMinSample(),
				properties.precisionConfidence(), properties.thresholdStep());
		this.clock = clock;
	}

	/** Every category's measured precision under the policy in force. */
	public List<CategoryPrecision> precision() {
		TriagePolicy policy = this.policies.current();
		List<CategoryPrecision> measured = new ArrayList<>();
		answersByCategory().forEach((category, answers) -> measured
			.add(this.tightening.measure(category, policy.autoAnswerMinConfidence(Optional.of(category)), answers)));
		return measured;
	}

	/**
	 * Measures and tightens where needed (the schedule calls it; admins may too).
	 * @return the thresholds raised (empty when none needed to be, or another writer
	 * saved a policy meanwhile)
	 */
	public List<ThresholdChange> run() {
		TriagePolicy policy = this.policies.current();
		TriagePolicy changed = policy;
		List<ThresholdTightening.Proposal> proposals = new ArrayList<>();
		for (Map.Entry<String, List<AnswerFollowUp>> category : answersByCategory().entrySet()) {
			double threshold = policy.autoAnswerMinConfidence(Optional.of(category.getKey()));
			CategoryPrecision measured = this.tightening.measure(category.getKey(), threshold, category.getValue());
			Optional<ThresholdTightening.Proposal> proposal = this.tightening.propose(measured, category.getValue());
			if (proposal.isPresent()) {
				proposals.add(proposal.get());
				changed = changed.withCategoryAutoAnswerMinConfidence(category.getKey(), proposal.get().newThreshold());
			}
		}
		if (proposals.isEmpty()) {
			return List.of();
		}
		String comment = "Threshold feedback: "
				+ String.join(" ", proposals.stream().map(ThresholdTightening.Proposal::reason).toList());
		TriagePolicy saved;
		try {
			saved = this.policies.save(changed, policy.version(), "tandem", Optional.of(comment));
		}
		catch (VersionConflictException ex) {
			log.info("Threshold feedback: the policy changed meanwhile ({}); measuring again next run",
					ex.getMessage());
			return List.of();
		}
		Instant now = this.clock.instant();
		List<ThresholdChange> changes = new ArrayList<>();
		for (ThresholdTightening.Proposal proposal : proposals) {
			CategoryPrecision measured = proposal.measured();
			log.warn(proposal.reason());
			this.audit.record(new AuditEntry(now, "tandem", "threshold.tightened", Optional.empty(), Optional.empty(),
					List.of(proposal.reason()),
					Map.of("category", measured.category(), "precision", format(measured.precision()), "sample",
							String.valueOf(measured.sample()), "oldThreshold", format(measured.threshold()),
							"newThreshold", format(proposal.newThreshold()), "policyVersion",
							String.valueOf(saved.version())),
					false));
			changes.add(new ThresholdChange(measured.category(), measured.threshold(), proposal.newThreshold(),
					measured, proposal.reason(), saved.version()));
		}
		return changes;
	}

	private Map<String, List<AnswerFollowUp>> answersByCategory() {
		Instant since = this.clock.instant().minus(this.properties.precisionWindow());
		Query recent = Query.of((q) -> q
			.range((range) -> range.untyped((u) -> u.field("followUp.answeredAt").gte(JsonData.of(since.toString())))));
		Map<String, List<AnswerFollowUp>> byCategory = new LinkedHashMap<>();
		for (Versioned<TicketCase> found : this.cases.matching(recent, MAX_ANSWERS)) {
			found.value()
				.followUp()
				.ifPresent((answer) -> answer.category()
					.ifPresent((category) -> byCategory
						.computeIfAbsent(category.toLowerCase(Locale.ROOT), (key) -> new ArrayList<>())
						.add(answer)));
		}
		return byCategory;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

}

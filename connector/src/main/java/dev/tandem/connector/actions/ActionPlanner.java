package dev.tandem.connector.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.assignment.AssignmentResult;
import dev.tandem.connector.cases.OutboxAction;
import dev.tandem.connector.triage.Decision;
import dev.tandem.connector.triage.TriageResult;

/**
 * Turns a decision into the Jira actions that carry it out, in the order that serves the
 * customer best (the answer or the assignment first, bookkeeping after). Each action gets
 * an idempotency key {@code <issue>/<round>/<what>} that is unique within the case.
 */
public class ActionPlanner {

	private final ActionProperties properties;

	public ActionPlanner(ActionProperties properties) {
		this.properties = properties;
	}

	public List<OutboxAction> forDecision(String issueKey, TriageResult triage, Optional<AssignmentResult> assignment) {
		String round = issueKey + "/0/";
		List<OutboxAction> actions = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		switch (triage.decision()) {
			case AUTO_ANSWER -> {
				triage.bestArticle()
					.ifPresent((article) -> actions.add(OutboxAction.reply(round + "reply",
							ReplyTemplates.autoAnswer(triage.language(), article, round + "reply"))));
				labels.add(this.properties.autoAnsweredLabel());
			}
			case ASSIST -> {
				assignment.flatMap(AssignmentResult::agentId)
					.ifPresent((agent) -> actions.add(OutboxAction.assign(round + "assign", agent)));
				actions.add(OutboxAction.internalNote(round + "note",
						ReplyTemplates.suggestionNote(triage, round + "note")));
				labels.add(this.properties.assistedLabel());
			}
			case HUMAN -> {
				assignment.flatMap(AssignmentResult::agentId)
					.ifPresent((agent) -> actions.add(OutboxAction.assign(round + "assign", agent)));
				labels.add(this.properties.handedOverLabel());
			}
		}
		if (triage.sentiment().label().isNegative() || triage.sentiment().anger()) {
			labels.add(this.properties.negativeSentimentLabel());
		}
		if (triage.vip()) {
			labels.add(this.properties.vipLabel());
		}
		Optional<String> priority = this.properties.setPriority() ? Optional.of(triage.priority().jiraName())
				: Optional.empty();
		actions.add(OutboxAction.edit(round + "edit", labels, priority));
		if (triage.decision() == Decision.AUTO_ANSWER) {
			this.properties.afterAutoAnswerTransition()
				.ifPresent((name) -> actions.add(OutboxAction.transition(round + "transition", name)));
		}
		return actions;
	}

	/** The customer confirmed the automatic answer solved it. */
	public List<OutboxAction> forResolved(String issueKey, int round, String language) {
		String prefix = issueKey + "/" + round + "/";
		List<OutboxAction> actions = new ArrayList<>();
		actions.add(OutboxAction.reply(prefix + "thanks", ReplyTemplates.resolvedReply(language, prefix + "thanks"))
			.optional());
		actions.add(OutboxAction.edit(prefix + "edit", List.of("tandem-resolved"), Optional.empty()));
		this.properties.resolveTransition()
			.ifPresent((name) -> actions.add(OutboxAction.transition(prefix + "transition", name)));
		return actions;
	}

	/** The customer wants a person after the automatic answer. */
	public List<OutboxAction> forEscalation(String issueKey, int round, String language, List<String> reasons,
			AssignmentResult assignment) {
		String prefix = issueKey + "/" + round + "/";
		List<OutboxAction> actions = new ArrayList<>();
		assignment.agentId().ifPresent((agent) -> actions.add(OutboxAction.assign(prefix + "assign", agent)));
		actions.add(OutboxAction.reply(prefix + "ack", ReplyTemplates.escalationReply(language, prefix + "ack"))
			.optional());
		List<String> why = new ArrayList<>(reasons);
		why.addAll(assignment.reasons());
		actions.add(OutboxAction.internalNote(prefix + "note", ReplyTemplates.handOverNote(why, prefix + "note")));
		actions.add(OutboxAction.edit(prefix + "edit", List.of(this.properties.handedOverLabel()), Optional.empty()));
		this.properties.escalateTransition()
			.ifPresent((name) -> actions.add(OutboxAction.transition(prefix + "transition", name)));
		return actions;
	}

}

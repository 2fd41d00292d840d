package dev.tandem.connector.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies a {@link TriagePolicy} to a ticket's signals: first what retrieval allows, then
 * every override that hands the ticket to a person. Overrides only ever move a decision
 * towards people (AUTO_ANSWER -> ASSIST -> HUMAN), never towards the bot. Pure and fast:
 * also used by the preview API.
 */
public final class PolicyDecider {

	/** Decision and the reasons for it, in the order they were applied. */
	public record Verdict(Decision decision, List<String> reasons) {

		public Verdict {
			reasons = List.copyOf(reasons);
		}

	}

	public Verdict decide(TriagePolicy policy, Answers answers, TicketReading reading, Optional<String> vipReason) {
		List<String> reasons = new ArrayList<>();
		Decision decision = fromRetrieval(policy, answers, reasons);
		Optional<String> category = answers.best().flatMap(Answers.Article::category);
		if (decision == Decision.AUTO_ANSWER && category.isPresent()
				&& policy.neverAutoAnswerCategories().contains(category.get().toLowerCase(Locale.ROOT))) {
			decision = Decision.ASSIST;
			reasons.add("Category '" + category.get() + "' is never answered automatically: a person answers.");
		}
		if (decision == Decision.AUTO_ANSWER && !policy.autoAnswerLanguages().contains(reading.language())) {
			decision = Decision.ASSIST;
			reasons.add("Tandem does not write answers in language '" + reading.language()
					+ "': a person answers, with the suggestion.");
		}
		if (policy.humanOnSentiments().contains(reading.sentiment().label())) {
			decision = Decision.HUMAN;
			reasons.add("The customer sounds " + describe(reading.sentiment().label()) + " (sentiment "
					+ String.format(Locale.ROOT, "%.2f", reading.sentiment().score()) + "): a person takes it.");
		}
		else if (policy.humanOnAnger() && reading.sentiment().anger()) {
			decision = Decision.HUMAN;
			reasons.add("The customer is angry or complaining: a person takes it.");
		}
		if (policy.humanOnPersonRequest() && reading.requestsPerson()) {
			decision = Decision.HUMAN;
			reasons.add("The customer asked for a person.");
		}
		if (vipReason.isPresent()) {
			decision = Decision.HUMAN;
			reasons.add("VIP: " + vipReason.get() + "; the senior pool takes it.");
		}
		return new Verdict(decision, reasons);
	}

	private static Decision fromRetrieval(TriagePolicy policy, Answers answers, List<String> reasons) {
		String confidence = String.format(Locale.ROOT, "%.2f", answers.confidence());
		Optional<Answers.Article> best = answers.best();
		if (best.isEmpty()) {
			reasons.add("No knowledge-base article matches this ticket"
					+ (answers.explanations().isEmpty() ? "" : " (" + String.join("; ", answers.explanations()) + ")")
					+ ".");
			return Decision.HUMAN;
		}
		String article = "'" + best.get().title() + "'";
		if (answers.answerable() && !policy.autoAnswerEnabled()) {
			reasons.add("Article " + article + " would answer it (confidence " + confidence
					+ "), but automatic answers are switched off.");
			return Decision.ASSIST;
		}
		double minimum = policy.autoAnswerMinConfidence(best.get().category());
		if (answers.answerable() && answers.confidence() >= minimum) {
			reasons.add("Article " + article + " answers it with confidence " + confidence
					+ ", above the calibrated auto-answer threshold.");
			return Decision.AUTO_ANSWER;
		}
		if (answers.answerable()) {
			reasons.add("Article " + article + " clears the calibrated threshold, but its confidence " + confidence
					+ " is below the policy's minimum " + minimum
					+ best.get().category().map((category) -> " for category '" + category + "'").orElse("") + ".");
			return Decision.ASSIST;
		}
		if (answers.confidence() >= policy.assistMinConfidence()) {
			reasons.add("Article " + article + " may help (confidence " + confidence
					+ ", below the auto-answer threshold): suggested to the agent.");
			return Decision.ASSIST;
		}
		reasons.add("The best article " + article + " is a weak match (confidence " + confidence + " < "
				+ policy.assistMinConfidence() + "): no suggestion.");
		return Decision.HUMAN;
	}

	private static String describe(SentimentLabel label) {
		return label.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}

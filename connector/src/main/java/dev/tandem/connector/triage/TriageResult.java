package dev.tandem.connector.triage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Triage's verdict on a ticket, with everything that led to it. Holds no personal data
 * (texts were masked before reading).
 *
 * @param decision what to do
 * @param confidence retrieval's calibrated confidence in the best article
 * @param language the ticket's language
 * @param category the best article's category, when there is one
 * @param sentiment how the customer feels
 * @param priority suggested priority
 * @param articles candidate articles, best first
 * @param vip whether a VIP rule matched (senior pool)
 * @param requestsPerson whether the customer asked for a person
 * @param reasons why, readable by a person, in the order they were applied
 * @param policyVersion the policy version that decided
 * @param answerable retrieval found an article confident enough to answer automatically
 * (whatever the policy then decided); false means no article was confident
 */
public record TriageResult(Decision decision, double confidence, String language, Optional<String> category,
		Sentiment sentiment, Priority priority, List<Answers.Article> articles, boolean vip, boolean requestsPerson,
		List<String> reasons, int policyVersion, boolean answerable) {

	public TriageResult {
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(language, "language");
		category = Objects.requireNonNullElse(category, Optional.empty());
		Objects.requireNonNull(sentiment, "sentiment");
		Objects.requireNonNull(priority, "priority");
		articles = List.copyOf(articles);
		reasons = List.copyOf(reasons);
	}

	public Optional<Answers.Article> bestArticle() {
		return this.articles.stream().findFirst();
	}

}

package dev.tandem.connector.triage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Retrieval's answer to a question.
 *
 * @param answerable the best article clears the calibrated auto-answer threshold
 * @param confidence calibrated probability that the best article answers the question, in
 * [0, 1]
 * @param language language of the question as retrieval saw it, when known
 * @param articles up to 5 articles, best first
 * @param explanations why, readable by a person
 */
public record Answers(boolean answerable, double confidence, Optional<String> language, List<Article> articles,
		List<String> explanations) {

	public Answers {
		if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
			throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
		}
		language = Objects.requireNonNullElse(language, Optional.empty());
		articles = List.copyOf(articles);
		explanations = List.copyOf(explanations);
		if (answerable && articles.isEmpty()) {
			throw new IllegalArgumentException("an answerable question needs at least one article");
		}
	}

	public static Answers nothing(String why) {
		return new Answers(false, 0, Optional.empty(), List.of(), List.of(why));
	}

	public Optional<Article> best() {
		return this.articles.stream().findFirst();
	}

	/**
	 * A knowledge-base article that may answer the question.
	 *
	 * @param id stable article id
	 * @param title title
	 * @param category category, e.g. {@code billing}
	 * @param answer the short reply used in automatic answers
	 * @param url where the customer can read the whole article
	 * @param score retrieval score in [0, 1]
	 */
	public record Article(String id, String title, Optional<String> category, String answer, Optional<String> url,
			double score) {

		public Article {
			Objects.requireNonNull(id, "id");
			title = Objects.requireNonNullElse(title, id);
			category = Objects.requireNonNullElse(category, Optional.empty());
			answer = Objects.requireNonNullElse(answer, "");
			url = Objects.requireNonNullElse(url, Optional.empty());
		}

	}

}

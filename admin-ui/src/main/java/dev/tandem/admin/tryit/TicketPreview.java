package dev.tandem.admin.tryit;

import java.util.List;
import java.util.Optional;

import dev.tandem.understanding.priority.Priority;
import dev.tandem.understanding.sentiment.SentimentLabel;

/**
 * What Tandem would do with a ticket, and everything that led to it. Holds no personal
 * data: texts are masked before anything reads them.
 *
 * @param decision what Tandem would do
 * @param confidence retrieval's calibrated confidence in the best article, 0 to 1
 * @param threshold the auto-answer threshold in force
 * @param calibrationWarning why the threshold may not be trustworthy, when it may not
 * @param language detected language tag ({@code en}, {@code zh}, {@code und})
 * @param articles candidate articles, best first
 * @param sentiment how the customer feels
 * @param priority suggested priority
 * @param maskedText summary and description with personal data masked
 * @param reasons why this decision, in the order the rules were applied
 * @param evidence what the ticket analysis noticed (language, sentiment and priority
 * cues, masking), as the analysis words it
 */
public record TicketPreview(Decision decision, double confidence, double threshold, Optional<String> calibrationWarning,
		String language, List<Article> articles, Sentiment sentiment, Priority priority, String maskedText,
		List<Reason> reasons, List<String> evidence) {

	public TicketPreview {
		articles = List.copyOf(articles);
		reasons = List.copyOf(reasons);
		evidence = List.copyOf(evidence);
	}

	/**
	 * One reason for the decision, as a translation key with its arguments so that it
	 * reads in the user's language.
	 *
	 * @param key translation key ({@code try-it.reason.*})
	 * @param args arguments of the text
	 */
	public record Reason(String key, List<Object> args) {

		public Reason {
			args = List.copyOf(args);
		}

		public static Reason of(String key, Object... args) {
			return new Reason(key, List.of(args));
		}

	}

	/** What Tandem does with a ticket (the connector's decisions). */
	public enum Decision {

		/** Tandem answers the customer itself. */
		AUTO_ANSWER,

		/** A person is assigned and gets a suggested answer. */
		ASSIST,

		/** A person is assigned, without a suggestion. */
		HUMAN

	}

	/**
	 * A candidate article.
	 *
	 * @param id article id
	 * @param title title
	 * @param category category, when set
	 * @param published whether it is published (drafts never answer automatically)
	 * @param score retrieval score
	 * @param why which part of the article matched and how
	 */
	public record Article(String id, String title, Optional<String> category, boolean published, double score,
			String why) {
	}

	/**
	 * How the customer feels.
	 *
	 * @param label five levels
	 * @param score in [-1, 1]
	 * @param anger anger signal, 0 to 1
	 * @param complaintRisk risk of a formal complaint, 0 to 1
	 * @param urgency urgency signal, 0 to 1
	 * @param humanRequested whether the customer asked for a person
	 */
	public record Sentiment(SentimentLabel label, double score, double anger, double complaintRisk, double urgency,
			boolean humanRequested) {
	}

}

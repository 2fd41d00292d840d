package dev.tandem.understanding.sentiment;

import java.util.List;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.language.Language;

/**
 * Sentiment of a ticket, with the signals triage acts on and the words that drove it.
 *
 * @param label five-level label
 * @param score in [-1, 1] (negative to positive)
 * @param signals anger, complaint risk, request for a person, urgency
 * @param language the language the lexicons were chosen for
 * @param evidence terms and rules with their contributions, strongest first, then notes
 */
public record SentimentAssessment(SentimentLabel label, double score, SentimentSignals signals, Language language,
		List<Evidence> evidence) {

	public SentimentAssessment {
		evidence = List.copyOf(evidence);
	}

	public static SentimentAssessment neutral(Language language, List<Evidence> notes) {
		return new SentimentAssessment(SentimentLabel.NEUTRAL, 0, SentimentSignals.NONE, language, notes);
	}

}

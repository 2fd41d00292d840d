package dev.tandem.understanding;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.input.PreparedText;
import dev.tandem.understanding.language.LanguageDetection;
import dev.tandem.understanding.language.LanguageDetector;
import dev.tandem.understanding.priority.PriorityAssessment;
import dev.tandem.understanding.priority.PriorityClassifier;
import dev.tandem.understanding.priority.PriorityRequest;
import dev.tandem.understanding.privacy.MaskedText;
import dev.tandem.understanding.privacy.PersonalDataMasker;
import dev.tandem.understanding.sentiment.SentimentAnalyzer;
import dev.tandem.understanding.sentiment.SentimentAssessment;

/**
 * The one call the connector makes for every ticket: masks personal data first, then
 * detects language, sentiment and priority on the masked text (so no explanation can leak
 * personal data). Thread-safe; never throws.
 */
public class TicketAnalyzer {

	private static final String SOURCE = "input";

	private final LanguageDetector languageDetector;

	private final SentimentAnalyzer sentimentAnalyzer;

	private final PriorityClassifier priorityClassifier;

	private final PersonalDataMasker masker;

	private final int maxAnalysedChars;

	/** Stand-alone use with the default rules and no learned model. */
	public TicketAnalyzer() {
		this(new LanguageDetector());
	}

	private TicketAnalyzer(LanguageDetector detector) {
		this(detector, new SentimentAnalyzer(), new PriorityClassifier(), new PersonalDataMasker(),
				PreparedText.DEFAULT_MAX_CHARS);
	}

	public TicketAnalyzer(LanguageDetector languageDetector, SentimentAnalyzer sentimentAnalyzer,
			PriorityClassifier priorityClassifier, PersonalDataMasker masker, int maxAnalysedChars) {
		this.languageDetector = languageDetector;
		this.sentimentAnalyzer = sentimentAnalyzer;
		this.priorityClassifier = priorityClassifier;
		this.masker = masker;
		this.maxAnalysedChars = maxAnalysedChars;
	}

	public TicketInsight analyze(TicketText ticket) {
		TicketText input = (ticket != null) ? ticket : TicketText.of("", "");
		MaskedText summary = this.masker.mask(input.summary());
		MaskedText description = this.masker.mask(input.description());
		String joined = summary.text().isEmpty() ? description.text()
				: description.text().isEmpty() ? summary.text() : summary.text() + "\n" + description.text();
		PreparedText prepared = PreparedText.of(joined, this.maxAnalysedChars);
		List<Evidence> notes = new ArrayList<>(prepared.notes(SOURCE));
		if (summary.truncated() || description.truncated()) {
			notes.add(Evidence.note("privacy", "text beyond the masking limit was dropped, not stored"));
		}
		try {
			LanguageDetection language = this.languageDetector.detect(prepared.text());
			SentimentAssessment sentiment = this.sentimentAnalyzer.analyze(prepared.text(), language);
			PriorityAssessment priority = this.priorityClassifier.classify(
					new PriorityRequest(prepared.text(), input.reporter(), input.requestType()), language.language());
			return new TicketInsight(language, sentiment, priority, summary, description, notes);
		}
		catch (RuntimeException ex) {
			// Every part already degrades on its own; this is the last line of defence.
			notes
				.add(Evidence.note(SOURCE, "analysis failed, neutral defaults used: " + ex.getClass().getSimpleName()));
			LanguageDetection unknown = LanguageDetection.unknown(List.of());
			return new TicketInsight(unknown, SentimentAssessment.neutral(unknown.language(), List.of()),
					this.priorityClassifier.classify(PriorityRequest.of("")), summary, description, notes);
		}
	}

}

package dev.tandem.connector.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.language.Language;
import dev.tandem.understanding.language.LanguageDetection;
import dev.tandem.understanding.language.LanguageDetector;
import dev.tandem.understanding.priority.PriorityAssessment;
import dev.tandem.understanding.priority.PriorityClassifier;
import dev.tandem.understanding.priority.PriorityRequest;
import dev.tandem.understanding.privacy.PersonalDataMasker;
import dev.tandem.understanding.sentiment.SentimentAnalyzer;
import dev.tandem.understanding.sentiment.SentimentAssessment;

/**
 * {@link TicketUnderstanding} on the understanding module: language detection, lexicon
 * sentiment with anger / complaint / person-request / urgency signals, the priority
 * classifier, and personal-data masking.
 */
public class UnderstandingAdapter implements TicketUnderstanding {

	private static final int MAX_EVIDENCE = 3;

	private final LanguageDetector languages;

	private final SentimentAnalyzer sentiment;

	private final PriorityClassifier priorities;

	private final PersonalDataMasker masker;

	public UnderstandingAdapter(LanguageDetector languages, SentimentAnalyzer sentiment, PriorityClassifier priorities,
			PersonalDataMasker masker) {
		this.languages = languages;
		this.sentiment = sentiment;
		this.priorities = priorities;
		this.masker = masker;
	}

	/** Every part with its defaults. */
	public static UnderstandingAdapter withDefaults() {
		LanguageDetector languages = new LanguageDetector();
		return new UnderstandingAdapter(languages, new SentimentAnalyzer(), new PriorityClassifier(),
				new PersonalDataMasker());
	}

	@Override
	public String mask(String text) {
		return this.masker.mask(text).text();
	}

	@Override
	public TicketReading read(String maskedText) {
		LanguageDetection language = this.languages.detect(maskedText);
		SentimentAssessment feeling = this.sentiment.analyze(maskedText, language);
		PriorityAssessment priority = this.priorities.classify(PriorityRequest.of(maskedText), language.language());
		List<String> reasons = new ArrayList<>();
		reasons.add(String.format(Locale.ROOT, "Sentiment %s (%.2f)%s.", feeling.label(), feeling.score(),
				evidence(feeling.evidence())));
		reasons.add("Priority " + priority.priority()
				+ (priority.firedRules().isEmpty() ? "" : " (rules: " + String.join(", ", priority.firedRules()) + ")")
				+ ".");
		boolean anger = feeling.signals().isAngry() || feeling.signals().isComplaintRisk();
		return new TicketReading(code(language.language()),
				new Sentiment(SentimentLabel.valueOf(feeling.label().name()), clamp(feeling.score()), anger,
						feeling.signals().isUrgent()),
				feeling.signals().humanRequested(), Priority.valueOf(priority.priority().name()), reasons);
	}

	private static String code(Language language) {
		return (language == Language.UNKNOWN) ? "und" : language.code();
	}

	private static String evidence(List<Evidence> evidence) {
		List<String> strongest = evidence.stream()
			.filter((item) -> item.contribution() != 0)
			.limit(MAX_EVIDENCE)
			.map(Evidence::toString)
			.toList();
		return strongest.isEmpty() ? "" : ": " + String.join("; ", strongest);
	}

	private static double clamp(double score) {
		return Math.max(-1, Math.min(1, score));
	}

}

package dev.tandem.understanding.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.input.PreparedText;
import dev.tandem.understanding.language.Language;
import dev.tandem.understanding.language.LanguageDetection;
import dev.tandem.understanding.language.LanguageDetector;
import dev.tandem.understanding.sentiment.internal.ChineseSentimentScorer;
import dev.tandem.understanding.sentiment.internal.EmojiScorer;
import dev.tandem.understanding.sentiment.internal.EnglishSentimentScorer;
import dev.tandem.understanding.sentiment.internal.PrototypeScorer.Vote;
import dev.tandem.understanding.sentiment.internal.ScoredTerm;
import dev.tandem.understanding.sentiment.internal.SignalDetector;
import dev.tandem.understanding.sentiment.internal.SignalDetector.Cue;

/**
 * Lexicon-based sentiment for English and Chinese (mixed text too), with the signals
 * triage acts on. Thread-safe; never throws: bad input gives a neutral result with a note
 * saying why.
 *
 * <p>
 * Each lexicon hit gets a valence on VADER's -4..4 scale after negation, intensifiers,
 * ALL CAPS and contrast; emoji and exclamation marks add to it; the sum {@code s} is
 * squashed to {@code s / sqrt(s^2 + 15)} in [-1, 1]. With {@link SentimentPrototypes},
 * Chinese text also gets a vote from the nearest hand-written example sentences in
 * embedding space, added to that score.
 */
public class SentimentAnalyzer {

	private static final String SOURCE = "sentiment";

	private static final double ALPHA = 15;

	private static final int MAX_EVIDENCE = 12;

	private final LanguageDetector languageDetector;

	private final SentimentSettings settings;

	private final EnglishSentimentScorer english = new EnglishSentimentScorer();

	private final ChineseSentimentScorer chinese = new ChineseSentimentScorer();

	private final EmojiScorer emoji = new EmojiScorer();

	private final SignalDetector signals = new SignalDetector();

	private final Optional<SentimentPrototypes> prototypes;

	public SentimentAnalyzer() {
		this(new LanguageDetector(), SentimentSettings.DEFAULTS);
	}

	public SentimentAnalyzer(LanguageDetector languageDetector, SentimentSettings settings) {
		this(languageDetector, settings, Optional.empty());
	}

	/**
	 * @param prototypes the embedding vote for Chinese text, if the caller has a Chinese
	 * sentence-embedding model; empty: lexicons only
	 */
	public SentimentAnalyzer(LanguageDetector languageDetector, SentimentSettings settings,
			Optional<SentimentPrototypes> prototypes) {
		this.languageDetector = languageDetector;
		this.settings = settings;
		this.prototypes = prototypes;
	}

	/** Whether Chinese text gets the embedding vote as well as the lexicon. */
	public boolean usesPrototypes() {
		return this.prototypes.isPresent();
	}

	/** Detects the language itself, then analyses. */
	public SentimentAssessment analyze(String text) {
		return analyze(text, this.languageDetector.detect(text));
	}

	/** Analyses with a language already detected (saves detecting twice). */
	public SentimentAssessment analyze(String text, LanguageDetection language) {
		return analyze(text, language, Optional.empty());
	}

	/**
	 * Analyses with a language already detected and, for Chinese text, the text's
	 * embedding if the caller already has one (from the same model as the prototypes):
	 * saves embedding twice. Without it the prototypes embed the text themselves.
	 */
	public SentimentAssessment analyze(String text, LanguageDetection language, Optional<float[]> embedding) {
		PreparedText prepared = PreparedText.of(text, this.settings.maxChars());
		List<Evidence> notes = prepared.notes(SOURCE);
		if (prepared.isBlank()) {
			return SentimentAssessment.neutral(language.language(), notes);
		}
		try {
			return score(prepared.text(), language, embedding, notes);
		}
		catch (RuntimeException ex) {
			notes.add(Evidence.note(SOURCE, "sentiment analysis failed, reported neutral: " + ex));
			return SentimentAssessment.neutral(language.language(), notes);
		}
	}

	private SentimentAssessment score(String text, LanguageDetection language, Optional<float[]> embedding,
			List<Evidence> notes) {
		List<ScoredTerm> terms = new ArrayList<>();
		boolean lexicon = false;
		if (language.includes(Language.ENGLISH) || language.includes(Language.CHINESE)) {
			terms.addAll(this.english.score(text));
			terms.addAll(this.chinese.score(text));
			lexicon = true;
		}
		else if (language.language() != Language.UNKNOWN) {
			notes.add(Evidence.note(SOURCE, "no sentiment lexicon for '%s': only emoji and punctuation counted"
				.formatted(language.language().code())));
		}
		terms.addAll(this.emoji.score(text));
		double sum = terms.stream().mapToDouble(ScoredTerm::valence).sum();
		int exclamations = count(text, '!') + count(text, '！');
		double emphasis = (sum == 0) ? 0 : Math.signum(sum) * Math.min(exclamations, 4) * 0.292;
		double raw = sum + emphasis;
		double score = raw / Math.sqrt(raw * raw + ALPHA);
		Optional<Vote> vote = prototypeVote(text, language, embedding, notes);
		if (vote.isPresent()) {
			score = withVote(score, vote.get().contribution(), notes);
		}
		score = round(score);
		List<Cue> cues = this.signals.find(text);
		boolean personRequested = cues.stream().anyMatch((cue) -> cue.signal() == SignalDetector.Signal.HUMAN);
		double ceiling = round(this.settings.veryThreshold() - 0.001);
		if (personRequested && score > ceiling) {
			// "Thanks, great, but let me talk to a human": polite words, yet the customer
			// was not helped: never VERY_POSITIVE. (Capped no lower: the same cues occur
			// in
			// praise, "客服人员态度很好", so a neutral cap would misread happy customers.)
			notes.add(
					Evidence.note(SOURCE, "asks for a person: score %.3f capped below very positive".formatted(score)));
			score = ceiling;
		}
		SentimentLabel label = SentimentLabel.of(score, this.settings.neutralBand(), this.settings.veryThreshold());
		SentimentSignals signals = signals(score, terms, cues, exclamations);
		List<Evidence> evidence = new ArrayList<>();
		terms.stream()
			.sorted(Comparator.comparingDouble((ScoredTerm t) -> Math.abs(t.valence())).reversed())
			.limit(MAX_EVIDENCE)
			.forEach((t) -> evidence.add(new Evidence(SOURCE + ".lexicon", t.term(), round(t.valence()),
					t.note().isEmpty() ? "lexicon valence" : t.note())));
		if (emphasis != 0) {
			evidence.add(new Evidence(SOURCE + ".punctuation", "!".repeat(Math.min(exclamations, 4)), round(emphasis),
					"exclamation marks strengthen the tone"));
		}
		vote.filter((v) -> !v.isNeutral())
			.ifPresent((v) -> evidence.add(new Evidence(SOURCE + ".prototype", v.nearest(), round(v.contribution()),
					"embedding leans %s (similarity to the closest examples: %.2f positive, %.2f negative, %.2f plain request; positive needs a %.2f lead)"
						.formatted((v.contribution() > 0) ? "positive" : "negative", v.positive(), v.negative(),
								v.neutral(), Vote.POSITIVE_LEAD))));
		cues.forEach((cue) -> evidence.add(new Evidence(SOURCE + ".signal." + cue.signal().name().toLowerCase(),
				cue.phrase(), cue.weight(), "cue for " + cue.signal().name().toLowerCase())));
		if (terms.isEmpty() && lexicon && vote.filter((v) -> !v.isNeutral()).isEmpty()) {
			notes.add(Evidence.note(SOURCE, "no sentiment words found: neutral"));
		}
		evidence.addAll(notes);
		return new SentimentAssessment(label, score, signals, language.language(), evidence);
	}

	/**
	 * Adds the prototype vote; VERY_* stays reserved for what the words say (a plain
	 * "我的账号登录不了" sits near the negative examples, but is no furious customer).
	 */
	private double withVote(double lexiconScore, double contribution, List<Evidence> notes) {
		double combined = Math.max(-1, Math.min(1, lexiconScore + contribution));
		double ceiling = this.settings.veryThreshold() - 0.001;
		if (Math.abs(combined) > ceiling && Math.abs(lexiconScore) <= ceiling) {
			notes.add(Evidence.note(SOURCE, "score %.3f capped: the prototype vote alone does not make it very %s"
				.formatted(combined, (combined > 0) ? "positive" : "negative")));
			return Math.signum(combined) * ceiling;
		}
		return combined;
	}

	private Optional<Vote> prototypeVote(String text, LanguageDetection language, Optional<float[]> embedding,
			List<Evidence> notes) {
		if (this.prototypes.isEmpty() || !language.includes(Language.CHINESE)) {
			return Optional.empty();
		}
		try {
			float[] vector = embedding.orElseGet(() -> this.prototypes.get().embed(text));
			Optional<Vote> vote = this.prototypes.get().vote(vector);
			if (vote.isEmpty()) {
				notes.add(Evidence.note(SOURCE, "embedding does not fit the prototypes (%d dimensions): lexicon only"
					.formatted(vector.length)));
			}
			else if (vote.get().isNeutral()) {
				notes.add(Evidence.note(SOURCE,
						"closest to plain-request examples ('%s'): no prototype vote".formatted(vote.get().nearest())));
			}
			return vote;
		}
		catch (RuntimeException ex) {
			// the embedding model is the caller's; its failure must not cost the lexicon
			// result
			notes.add(Evidence.note(SOURCE, "prototype vote unavailable, lexicon only: " + ex));
			return Optional.empty();
		}
	}

	private static SentimentSignals signals(double score, List<ScoredTerm> terms, List<Cue> cues, int exclamations) {
		double anger = weight(cues, SignalDetector.Signal.ANGER);
		long shouted = terms.stream().filter((t) -> t.valence() < 0 && t.note().contains("CAPS")).count();
		double angerLevel = anger + Math.max(0, -score - 0.3) * 0.6
				+ ((score < 0) ? Math.min(exclamations, 4) * 0.08 : 0) + shouted * 0.15;
		double complaint = weight(cues, SignalDetector.Signal.COMPLAINT) + 0.3 * Math.min(1, angerLevel)
				+ ((score < -0.5) ? 0.2 : 0);
		double urgency = weight(cues, SignalDetector.Signal.URGENCY) + Math.min(exclamations, 4) * 0.05;
		boolean human = cues.stream().anyMatch((cue) -> cue.signal() == SignalDetector.Signal.HUMAN);
		return new SentimentSignals(angerLevel, complaint, human, urgency);
	}

	private static double weight(List<Cue> cues, SignalDetector.Signal signal) {
		return cues.stream().filter((cue) -> cue.signal() == signal).mapToDouble(Cue::weight).sum();
	}

	private static int count(String text, char c) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}

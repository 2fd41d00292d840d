package dev.tandem.understanding.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.input.PreparedText;
import dev.tandem.understanding.language.internal.ScriptCounts;
import dev.tandem.understanding.language.internal.ScriptCounts.Script;
import dev.tandem.understanding.language.internal.StopwordProfiles;

/**
 * Detects the language of short and mixed ticket text from its writing systems and, for
 * Latin script, from function-word profiles. Thread-safe; never throws.
 *
 * <p>
 * Scripts are compared in word-sized units (about 1.7 Han characters make a Chinese
 * word), so {@code VPN 连不上了} is Chinese while {@code please fix 登录} is English with
 * Chinese as the secondary language.
 */
public class LanguageDetector {

	private static final String SOURCE = "language";

	/** Language is clear from the first few KiB; no need to scan more. */
	private static final int SAMPLE_CHARS = 4096;

	private static final double SECONDARY_SHARE = 0.25;

	/**
	 * Placeholders such as [EMAIL] left by masking are not words of the ticket's
	 * language.
	 */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z_]{1,11}\\]");

	private final StopwordProfiles profiles = StopwordProfiles.load();

	public LanguageDetection detect(String text) {
		try {
			return detectPrepared(PreparedText.of(text, SAMPLE_CHARS));
		}
		catch (RuntimeException ex) {
			return LanguageDetection.unknown(List.of(Evidence.note(SOURCE, "detection failed: " + ex)));
		}
	}

	private LanguageDetection detectPrepared(PreparedText prepared) {
		ScriptCounts counts = ScriptCounts.of(PLACEHOLDER.matcher(prepared.text()).replaceAll(" "));
		List<Evidence> evidence = new ArrayList<>();
		Map<Language, Double> units = new EnumMap<>(Language.class);
		int han = counts.letters(Script.HAN);
		int kana = counts.letters(Script.KANA);
		// Japanese writes Han characters too: any real share of kana makes it Japanese.
		if (kana > 0 && kana * 10 >= han + kana) {
			add(units, evidence, Language.JAPANESE, (han + kana) / 2.0, "kana and kanji", han + kana);
		}
		else {
			add(units, evidence, Language.CHINESE, han / 1.7, "Han characters", han);
			add(units, evidence, Language.JAPANESE, kana / 2.0, "kana", kana);
		}
		add(units, evidence, Language.KOREAN, counts.letters(Script.HANGUL) / 2.5, "Hangul",
				counts.letters(Script.HANGUL));
		addAlphabet(units, evidence, counts, Script.CYRILLIC, Language.RUSSIAN);
		addAlphabet(units, evidence, counts, Script.ARABIC, Language.ARABIC);
		addAlphabet(units, evidence, counts, Script.GREEK, Language.GREEK);
		addAlphabet(units, evidence, counts, Script.HEBREW, Language.HEBREW);
		addAlphabet(units, evidence, counts, Script.THAI, Language.THAI);
		addAlphabet(units, evidence, counts, Script.DEVANAGARI, Language.HINDI);
		double latinConfidence = addLatin(units, evidence, counts);
		if (units.isEmpty()) {
			evidence.add(Evidence.note(SOURCE, "no letters to judge by"));
			return LanguageDetection.unknown(evidence);
		}
		List<Map.Entry<Language, Double>> ranked = units.entrySet()
			.stream()
			.sorted(Map.Entry.<Language, Double>comparingByValue(Comparator.reverseOrder()))
			.toList();
		double total = units.values().stream().mapToDouble(Double::doubleValue).sum();
		Language best = ranked.get(0).getKey();
		double share = ranked.get(0).getValue() / total;
		Optional<Language> secondary = Optional.empty();
		if (ranked.size() > 1 && ranked.get(1).getValue() >= 2 && ranked.get(1).getValue() / total >= SECONDARY_SHARE) {
			secondary = Optional.of(ranked.get(1).getKey());
		}
		double size = Math.min(1.0, 0.55 + 0.15 * ranked.get(0).getValue());
		double confidence = share * size * (isLatin(best) ? latinConfidence : 1.0);
		return new LanguageDetection(best, Math.round(confidence * 1000) / 1000.0, secondary, evidence);
	}

	private static void add(Map<Language, Double> units, List<Evidence> evidence, Language language, double weight,
			String what, int letters) {
		if (letters > 0) {
			units.merge(language, weight, Double::sum);
			evidence.add(new Evidence(SOURCE + ".script", what, weight,
					"%d %s point to %s".formatted(letters, what, language.code())));
		}
	}

	private static void addAlphabet(Map<Language, Double> units, List<Evidence> evidence, ScriptCounts counts,
			Script script, Language language) {
		int letters = counts.letters(script);
		add(units, evidence, language, letters / 5.0,
				script.name().charAt(0) + script.name().substring(1).toLowerCase() + " letters", letters);
	}

	/**
	 * Shares the Latin words among the Latin-script languages by their function words;
	 * returns how clearly one profile won (1 = clear).
	 */
	private double addLatin(Map<Language, Double> units, List<Evidence> evidence, ScriptCounts counts) {
		List<String> words = counts.latinWords();
		if (words.isEmpty()) {
			return 1.0;
		}
		StopwordProfiles.Scores scores = this.profiles.score(words, counts.latinAccents());
		List<Map.Entry<Language, Double>> ranked = scores.weights()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<Language, Double>comparingByValue(Comparator.reverseOrder()))
			.toList();
		if (ranked.isEmpty()) {
			// Product names, error codes, one-word tickets: an English-speaking desk's
			// best guess.
			units.merge(Language.ENGLISH, (double) words.size(), Double::sum);
			evidence.add(new Evidence(SOURCE + ".default", "", words.size(),
					"%d Latin words without function words: assumed en".formatted(words.size())));
			return 0.5;
		}
		Language best = ranked.get(0).getKey();
		double top = ranked.get(0).getValue();
		double second = (ranked.size() > 1) ? ranked.get(1).getValue() : 0;
		units.merge(best, (double) words.size(), Double::sum);
		evidence.add(new Evidence(SOURCE + ".words", String.join(" ", scores.examples().get(best)), top,
				"%d Latin words; function words point to %s (%.1f vs %.1f)".formatted(words.size(), best.code(), top,
						second)));
		double margin = (top - second) / (top + 0.5);
		return Math.max(0.35, Math.min(1.0, 0.5 + margin));
	}

	private static boolean isLatin(Language language) {
		return switch (language) {
			case ENGLISH, GERMAN, FRENCH, SPANISH, PORTUGUESE, ITALIAN, DUTCH -> true;
			default -> false;
		};
	}

}

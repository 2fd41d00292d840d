package dev.tandem.understanding.priority.internal;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.understanding.input.PreparedText;
import dev.tandem.understanding.language.Language;
import dev.tandem.understanding.language.LanguageDetector;

/**
 * Turns ticket text into model features: analysed tokens of the detected language, plus
 * adjacent-token bigrams ({@code log_in}) which carry phrases such as "cannot log in".
 * Training and classification must use the same extractor settings.
 */
public final class FeatureExtractor {

	/** Enough text to judge priority; the rest of a long ticket adds little. */
	private static final int MAX_CHARS = 8 * 1024;

	private final LanguageDetector languageDetector;

	private final TicketTokenizer tokenizer = new TicketTokenizer();

	public FeatureExtractor(LanguageDetector languageDetector) {
		this.languageDetector = languageDetector;
	}

	public List<String> features(String text, boolean bigrams) {
		String prepared = PreparedText.of(text, MAX_CHARS).text();
		Language language = this.languageDetector.detect(prepared).language();
		return features(prepared, language, bigrams);
	}

	public List<String> features(String text, Language language, boolean bigrams) {
		String prepared = PreparedText.of(text, MAX_CHARS).text();
		List<String> tokens = this.tokenizer.tokens(prepared, language);
		if (!bigrams) {
			return tokens;
		}
		List<String> features = new ArrayList<>(tokens.size() * 2);
		features.addAll(tokens);
		for (int i = 1; i < tokens.size(); i++) {
			features.add(tokens.get(i - 1) + "_" + tokens.get(i));
		}
		return features;
	}

}

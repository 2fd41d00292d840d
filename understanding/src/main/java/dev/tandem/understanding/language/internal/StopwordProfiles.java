package dev.tandem.understanding.language.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.understanding.language.Language;

/**
 * Function-word profiles of the Latin-script languages. A word shared by several
 * languages ({@code la}, {@code de}) counts for each of them in proportion, so the
 * distinctive words decide.
 */
public final class StopwordProfiles {

	private static final String RESOURCE = "/dev/tandem/understanding/language/stopwords.tsv";

	/** Letters that only (or mostly) occur in one language: a small push each. */
	private static final Map<Integer, Language> ACCENTS = Map.ofEntries(Map.entry((int) 'ß', Language.GERMAN),
			Map.entry((int) 'ä', Language.GERMAN), Map.entry((int) 'ö', Language.GERMAN),
			Map.entry((int) 'ü', Language.GERMAN), Map.entry((int) 'ñ', Language.SPANISH),
			Map.entry((int) '¿', Language.SPANISH), Map.entry((int) '¡', Language.SPANISH),
			Map.entry((int) 'ã', Language.PORTUGUESE), Map.entry((int) 'õ', Language.PORTUGUESE),
			Map.entry((int) 'è', Language.FRENCH), Map.entry((int) 'ê', Language.FRENCH),
			Map.entry((int) 'à', Language.FRENCH), Map.entry((int) 'â', Language.FRENCH),
			Map.entry((int) 'î', Language.FRENCH), Map.entry((int) 'œ', Language.FRENCH),
			Map.entry((int) 'ù', Language.FRENCH), Map.entry((int) 'ì', Language.ITALIAN),
			Map.entry((int) 'ò', Language.ITALIAN), Map.entry((int) 'ĳ', Language.DUTCH));

	private final Map<String, Set<Language>> languagesByWord;

	private StopwordProfiles(Map<String, Set<Language>> languagesByWord) {
		this.languagesByWord = languagesByWord;
	}

	public static StopwordProfiles load() {
		Map<String, List<Language>> byWord = new HashMap<>();
		try (InputStream in = StopwordProfiles.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t", 2);
				Language language = Language.fromCode(parts[0])
					.orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown language " + parts[0]));
				for (String word : parts[1].strip().split("\\s+")) {
					byWord.computeIfAbsent(word, (w) -> new ArrayList<>()).add(language);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
		Map<String, Set<Language>> frozen = new HashMap<>();
		byWord.forEach((word, languages) -> frozen.put(word, Set.copyOf(languages)));
		return new StopwordProfiles(Map.copyOf(frozen));
	}

	/** Weighted hits per language, and the words that produced them. */
	public Scores score(List<String> words, String accents) {
		Map<Language, Double> scores = new EnumMap<>(Language.class);
		Map<Language, List<String>> hits = new EnumMap<>(Language.class);
		for (String word : words) {
			Set<Language> languages = this.languagesByWord.get(word);
			if (languages == null) {
				continue;
			}
			double share = 1.0 / languages.size();
			for (Language language : languages) {
				scores.merge(language, share, Double::sum);
				List<String> list = hits.computeIfAbsent(language, (l) -> new ArrayList<>());
				if (list.size() < 6 && !list.contains(word)) {
					list.add(word);
				}
			}
		}
		accents.codePoints().forEach((cp) -> {
			Language language = ACCENTS.get(cp);
			if (language != null) {
				scores.merge(language, 0.5, Double::sum);
				List<String> list = hits.computeIfAbsent(language, (l) -> new ArrayList<>());
				String letter = Character.toString(cp);
				if (list.size() < 6 && !list.contains(letter)) {
					list.add(letter);
				}
			}
		});
		return new Scores(scores, hits);
	}

	/** Per-language weights and example hits. */
	public record Scores(Map<Language, Double> weights, Map<Language, List<String>> examples) {

	}

}

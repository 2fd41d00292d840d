package dev.tandem.understanding.sentiment.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the tab-separated lexicon resources shipped with the library.
 */
final class Lexicons {

	static final String BASE = "/dev/tandem/understanding/sentiment/";

	private Lexicons() {
	}

	/** Calls {@code row} with the line number and columns of every data line. */
	static void read(String name, BiConsumer<Integer, String[]> row) {
		String resource = BASE + name;
		try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (!line.isBlank() && !line.startsWith("#")) {
					row.accept(number, line.split("\t"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	/** word -> valence; a later file overrides an earlier one. */
	static void readValences(String name, Map<String, Double> into) {
		read(name, (line, columns) -> {
			if (columns.length < 2) {
				throw new IllegalStateException(BASE + name + " line " + line + ": expected word<TAB>valence");
			}
			String word = columns[0].strip().toLowerCase(Locale.ROOT);
			// VADER scores some numbers as slang ("187", "86"); in support tickets
			// numbers are order numbers,
			// amounts and versions, never sentiment.
			if (!word.chars().allMatch(Character::isDigit)) {
				into.put(word, Double.parseDouble(columns[1].strip()));
			}
		});
	}

	static List<String> words(String phrase) {
		return new ArrayList<>(List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+")));
	}

}

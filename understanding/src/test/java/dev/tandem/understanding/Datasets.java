package dev.tandem.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.tandem.benchmark.BenchmarkReport;

/**
 * Reading the shared evaluation data for benchmarks: RFC 4180 CSV and deterministic
 * tuning / held-out splits.
 */
public final class Datasets {

	/** The seed of every split, so figures are reproducible. */
	public static final long SEED = 20261121L;

	private Datasets() {
	}

	public static Path file(String relative) {
		return BenchmarkReport.datasets().resolve(relative);
	}

	/**
	 * All rows of a CSV file including the header, quotes and embedded newlines handled.
	 */
	public static List<List<String>> csv(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	/**
	 * A deterministic shuffle split into two halves: tuning (first) and held-out
	 * (second).
	 */
	public static <T> Split<T> split(List<T> items, double tuningShare) {
		List<T> shuffled = new ArrayList<>(items);
		Collections.shuffle(shuffled, new Random(SEED));
		int cut = (int) Math.round(shuffled.size() * tuningShare);
		return new Split<>(List.copyOf(shuffled.subList(0, cut)), List.copyOf(shuffled.subList(cut, shuffled.size())));
	}

	/** Tuning and held-out parts of a data set. */
	public record Split<T>(List<T> tuning, List<T> heldOut) {

	}

}

package dev.tandem.understanding.sentiment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.understanding.Datasets;
import dev.tandem.understanding.Datasets.Split;
import dev.tandem.understanding.Scores;

/**
 * Sentiment accuracy on held-out halves: Chinese reviews (positive vs negative) and an
 * English three-class set. Only the decision threshold (Chinese) or the neutral band
 * (English) is tuned, on the tuning half.
 */
class SentimentBench {

	private final SentimentAnalyzer analyzer = new SentimentAnalyzer();

	private record Example(String text, String label) {

	}

	private record Scored(double score, String label) {

	}

	@Test
	void measuresSentimentOnHeldOutHalves() throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("The lexicons were written by hand (Chinese) or taken from VADER (English); no text from these sets ")
			.append("went into them. Per set only one cut-off was tuned, on a deterministic tuning half (seed ")
			.append(Datasets.SEED)
			.append("); figures are on the other, held-out half. Honest note: after the first run the Chinese lexicon ")
			.append("got one more pass of general vocabulary (food, delivery, products, rooms, books, service), written ")
			.append("without reading the reviews; held-out accuracy moved from 0.865 to 0.864 (waimai) and from 0.860 ")
			.append("to 0.871 (online shopping); later the word 解决 (named in the issue: 没有解决) was added. The product ships the tuned English neutral band as its default.\n\n");
		md.append(
				"| set | held-out n | accuracy | macro-F1 | tuned | accuracy untuned (threshold 0 / band ±0.05) | no sentiment words |\n");
		md.append("|---|---|---|---|---|---|---|\n");
		for (String name : List.of("zh/waimai_10k.csv", "zh/online_shopping_10_cats.csv")) {
			List<Example> examples = chinese(name);
			md.append(binaryRow(name, Datasets.split(examples, 0.5))).append('\n');
		}
		md.append(englishRow(Datasets.split(english(), 0.5))).append('\n');
		md.append("\nEnglish set: negative = Bitext `complaint` utterances; neutral = other Bitext customer-service ")
			.append("intents (offensive-register `W` utterances excluded, they are not neutral); positive = CLINC150 ")
			.append("`thank_you`. Balanced by sampling the larger classes down to the smallest. It checks the three-way ")
			.append("split a service desk needs (complaint / plain request / thanks); it is template-generated and ")
			.append("easier than real tickets, so read it as a sanity check rather than a field figure.\n");
		BenchmarkReport.forProject().writeSection("understanding-sentiment", "Understanding: sentiment", md.toString());
	}

	private String binaryRow(String name, Split<Example> split) {
		List<Scored> tuning = score(split.tuning());
		List<Scored> heldOut = score(split.heldOut());
		double best = 0;
		double bestAccuracy = -1;
		for (double t = -0.6; t <= 0.6001; t += 0.02) {
			double accuracy = evaluate(tuning, binary(t)).accuracy();
			if (accuracy > bestAccuracy) {
				bestAccuracy = accuracy;
				best = t;
			}
		}
		Scores tuned = evaluate(heldOut, binary(best));
		Scores untuned = evaluate(heldOut, binary(0));
		long silent = heldOut.stream().filter((s) -> s.score() == 0).count();
		return "| %s (pos vs neg) | %d | %.3f | %.3f | threshold %.2f | %.3f | %.1f%% |".formatted(name, heldOut.size(),
				tuned.accuracy(), tuned.macroF1(), best, untuned.accuracy(), 100.0 * silent / heldOut.size());
	}

	private String englishRow(Split<Example> split) {
		List<Scored> tuning = score(split.tuning());
		List<Scored> heldOut = score(split.heldOut());
		double best = 0.05;
		double bestF1 = -1;
		for (double band = 0.01; band <= 0.6; band += 0.01) {
			double f1 = evaluate(tuning, ternary(band)).macroF1();
			if (f1 > bestF1) {
				bestF1 = f1;
				best = band;
			}
		}
		Scores tuned = evaluate(heldOut, ternary(best));
		Scores untuned = evaluate(heldOut, ternary(0.05));
		long silent = heldOut.stream().filter((s) -> s.score() == 0).count();
		return "| en: Bitext + CLINC150 (neg / neutral / pos) | %d | %.3f | %.3f | neutral band ±%.2f | %.3f | %.1f%% |"
			.formatted(heldOut.size(), tuned.accuracy(), tuned.macroF1(), best, untuned.accuracy(),
					100.0 * silent / heldOut.size());
	}

	private List<Scored> score(List<Example> examples) {
		return examples.stream().map((e) -> new Scored(this.analyzer.analyze(e.text()).score(), e.label())).toList();
	}

	private static Scores evaluate(List<Scored> scored, DoubleFunction<String> decide) {
		return Scores.of(scored.stream().map(Scored::label).toList(),
				scored.stream().map((s) -> decide.apply(s.score())).toList());
	}

	private static DoubleFunction<String> binary(double threshold) {
		return (score) -> (score > threshold) ? "pos" : "neg";
	}

	private static DoubleFunction<String> ternary(double band) {
		return (score) -> (score > band) ? "pos" : (score < -band) ? "neg" : "neutral";
	}

	private static List<Example> chinese(String name) {
		List<List<String>> rows = Datasets.csv(Datasets.file(name));
		int labelColumn = rows.get(0).indexOf("label");
		int textColumn = rows.get(0).indexOf("review");
		List<Example> examples = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() > textColumn && !row.get(textColumn).isBlank()) {
				examples
					.add(new Example(row.get(textColumn), "1".equals(row.get(labelColumn).strip()) ? "pos" : "neg"));
			}
		}
		return examples;
	}

	private static List<Example> english() throws IOException {
		Set<String> negative = new LinkedHashSet<>();
		Set<String> neutral = new LinkedHashSet<>();
		for (String file : List.of("bitext/Bitext_Sample_Customer_Service_Training_Dataset_8K.csv",
				"bitext/Bitext_20K_utterances_sample.csv")) {
			List<List<String>> rows = Datasets.csv(Datasets.file(file));
			for (List<String> row : rows.subList(1, rows.size())) {
				if (row.size() < 4) {
					continue;
				}
				String text = row.get(1).strip();
				if ("complaint".equals(row.get(3))) {
					negative.add(text);
				}
				else if (!row.get(0).contains("W")) {
					neutral.add(text);
				}
			}
		}
		Set<String> positive = new LinkedHashSet<>();
		JsonNode clinc = new ObjectMapper()
			.readTree(Files.readString(Datasets.file("clinc150/clinc150_train_val.json")));
		for (String part : List.of("train", "val")) {
			for (JsonNode pair : clinc.get(part)) {
				if ("thank_you".equals(pair.get(1).asString())) {
					positive.add(pair.get(0).asString());
				}
			}
		}
		int size = Math.min(positive.size(), Math.min(negative.size(), neutral.size()));
		Map<String, Set<String>> classes = new LinkedHashMap<>();
		classes.put("neg", negative);
		classes.put("neutral", neutral);
		classes.put("pos", positive);
		List<Example> examples = new ArrayList<>();
		classes.forEach((label, texts) -> {
			List<String> sample = Datasets.split(List.copyOf(texts), (double) size / texts.size()).tuning();
			sample.forEach((text) -> examples.add(new Example(text, label.toLowerCase(Locale.ROOT))));
		});
		return examples;
	}

}

package dev.tandem.connector.gaps;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.connector.gaps.internal.GapLabels;
import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.embedding.BgeTextEmbedder;
import dev.tandem.understanding.Datasets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * How well knowledge gaps find the topics a knowledge base lacks: questions of intents
 * left out of a knowledge base play the escalated tickets, and the clusters are compared
 * with the true intents (purity, adjusted Rand index). The similarity threshold is chosen
 * on one set of BANKING77 intents and reported on other, held-out intents and on
 * CLINC150's banking and credit-card intents. Run with
 * {@code ./mvnw -B -Pbench -pl connector -am verify -Dit.test=GapClusteringBench}.
 */
class GapClusteringBench {

	private static final int INTENTS = 20;

	private static final int PER_INTENT = 50;

	private static final double[] THRESHOLDS = { 0.80, 0.84, 0.86, 0.87, 0.88, 0.89, 0.90, 0.92 };

	private final BgeTextEmbedder embedder = new BgeTextEmbedder();

	@Test
	void measuresGapClusteringOnHeldOutIntents() throws IOException {
		Map<String, List<String>> banking = banking77();
		List<String> intents = new ArrayList<>(banking.keySet());
		Collections.shuffle(intents, new Random(77));
		Labelled tuning = sample(banking, intents.subList(0, INTENTS), 1);
		Labelled heldOut = sample(banking, intents.subList(INTENTS, 2 * INTENTS), 2);
		Labelled clinc = sample(clinc150(), null, 3);

		StringBuilder md = new StringBuilder();
		md.append("Questions of ")
			.append(INTENTS)
			.append(" intents left out of a knowledge base stand for escalated tickets (")
			.append(PER_INTENT)
			.append(" each, 1,000 per set, seeded samples); clusters from `TopicClusterer` over bge-small-en-v1.5 "
					+ "embeddings are compared with the true intents. Purity: share of tickets in a cluster whose "
					+ "majority intent is theirs; ARI: adjusted Rand index (1 = the intents exactly, 0 = chance); "
					+ "found: intents whose largest cluster holds at least half their tickets; gaps: clusters of "
					+ "2+ tickets (what the report lists).\n\n");
		md.append("Threshold sweep on the tuning intents (BANKING77):\n\n");
		md.append("| similarity | clusters | gaps (2+) | purity | ARI | intents found |\n|---|---|---|---|---|---|\n");
		long embedStart = System.nanoTime();
		List<float[]> tuningVectors = this.embedder.embedAll(tuning.texts(), Language.ENGLISH);
		double embedMillisPer1000 = (System.nanoTime() - embedStart) / 1e6 * 1000 / tuning.size();
		double best = 0;
		double bestAri = -1;
		for (double threshold : THRESHOLDS) {
			Score score = score(tuning, new TopicClusterer(threshold).cluster(tuningVectors));
			md.append(score.row(threshold));
			if (score.ari() > bestAri) {
				bestAri = score.ari();
				best = threshold;
			}
		}
		md.append("\nChosen on the tuning intents: **")
			.append(String.format(Locale.ROOT, "%.2f", best))
			.append("**. Held out:\n\n");
		md.append(
				"| set | similarity | clusters | gaps (2+) | purity | ARI | intents found |\n|---|---|---|---|---|---|---|\n");
		for (Map.Entry<String, Labelled> set : Map
			.of("BANKING77, 20 other intents", heldOut, "CLINC150 banking + credit cards, 20 intents", clinc)
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.toList()) {
			List<float[]> vectors = this.embedder.embedAll(set.getValue().texts(), Language.ENGLISH);
			for (double threshold : new double[] { best, 0.86, 0.90 }) {
				md.append("| ")
					.append(set.getKey())
					.append(" ")
					.append(score(set.getValue(), new TopicClusterer(threshold).cluster(vectors)).row(threshold));
			}
		}

		long clusterStart = System.nanoTime();
		new TopicClusterer(best).cluster(tuningVectors);
		double clusterMillis = (System.nanoTime() - clusterStart) / 1e6;
		List<GapTicket> tickets = new ArrayList<>();
		Instant from = Instant.parse("2026-11-01T00:00:00Z");
		for (int i = 0; i < heldOut.size(); i++) {
			tickets.add(new GapTicket("B-" + i, "", heldOut.texts().get(i), "en", Optional.empty(), from.plusSeconds(i),
					false));
		}
		List<KnowledgeGap> gaps;
		long findStart = System.nanoTime();
		try (TextAnalyzer analyzer = new TextAnalyzer()) {
			gaps = new GapFinder(this.embedder, new GapLabels(analyzer),
					new GapProperties(Duration.ofDays(30), best, 2, 5000, 3, 50))
				.find(tickets, from);
		}
		double findMillis = (System.nanoTime() - findStart) / 1e6;
		md.append(String.format(Locale.ROOT,
				"%nTime per 1,000 tickets on this machine: embedding %.1f s, clustering %.0f ms, whole `GapFinder` "
						+ "(embed, cluster, label, rank) %.1f s. Embedding dominates (about %.0f texts/s).%n%n",
				embedMillisPer1000 / 1000, clusterMillis, findMillis / 1000, 1e6 / embedMillisPer1000));
		md.append("Top gaps found among the held-out BANKING77 intents (label -> majority true intent):\n\n");
		md.append("| label | tickets | majority intent |\n|---|---|---|\n");
		Map<String, String> intentOf = new HashMap<>();
		for (int i = 0; i < heldOut.size(); i++) {
			intentOf.put(heldOut.texts().get(i), heldOut.labels().get(i));
		}
		for (KnowledgeGap gap : gaps.subList(0, Math.min(8, gaps.size()))) {
			Map<String, Integer> votes = new TreeMap<>();
			gap.examples().forEach((example) -> votes.merge(intentOf.get(example.summary()), 1, Integer::sum));
			String majority = votes.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElse("?");
			md.append("| ")
				.append(gap.label())
				.append(" | ")
				.append(gap.size())
				.append(" | ")
				.append(majority)
				.append(" |\n");
		}
		BenchmarkReport.forProject()
			.writeSection("gap-clustering", "Knowledge gaps: clustering escalated tickets", md.toString());
	}

	private static Score score(Labelled set, List<List<Integer>> clusters) {
		int n = set.size();
		long pure = 0;
		int gaps = 0;
		Map<String, Integer> intentTotals = new HashMap<>();
		set.labels().forEach((label) -> intentTotals.merge(label, 1, Integer::sum));
		Map<String, Integer> largestShare = new HashMap<>();
		double sumCells = 0;
		double sumClusters = 0;
		for (List<Integer> cluster : clusters) {
			Map<String, Integer> counts = new HashMap<>();
			cluster.forEach((i) -> counts.merge(set.labels().get(i), 1, Integer::sum));
			pure += Collections.max(counts.values());
			gaps += (cluster.size() >= 2) ? 1 : 0;
			for (Map.Entry<String, Integer> count : counts.entrySet()) {
				sumCells += pairs(count.getValue());
				largestShare.merge(count.getKey(), count.getValue(), Math::max);
			}
			sumClusters += pairs(cluster.size());
		}
		double sumIntents = intentTotals.values().stream().mapToDouble(GapClusteringBench::pairs).sum();
		double expected = sumClusters * sumIntents / pairs(n);
		double max = (sumClusters + sumIntents) / 2;
		double ari = (sumCells - expected) / (max - expected);
		long found = intentTotals.entrySet()
			.stream()
			.filter((intent) -> largestShare.getOrDefault(intent.getKey(), 0) * 2 >= intent.getValue())
			.count();
		return new Score(clusters.size(), gaps, (double) pure / n, ari, (int) found, intentTotals.size());
	}

	private static double pairs(int count) {
		return count * (count - 1) / 2.0;
	}

	private static Labelled sample(Map<String, List<String>> byIntent, List<String> intents, long seed) {
		Random random = new Random(seed);
		List<String> chosen = (intents != null) ? intents : new ArrayList<>(byIntent.keySet());
		if (intents == null) {
			Collections.shuffle(chosen, random);
			chosen = chosen.subList(0, INTENTS);
		}
		List<String> texts = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (String intent : chosen) {
			List<String> questions = new ArrayList<>(byIntent.get(intent));
			Collections.shuffle(questions, random);
			for (String question : questions.subList(0, Math.min(PER_INTENT, questions.size()))) {
				texts.add(question);
				labels.add(intent);
			}
		}
		// tickets arrive interleaved, not grouped by topic
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, random);
		return new Labelled(order.stream().map(texts::get).toList(), order.stream().map(labels::get).toList());
	}

	private static Map<String, List<String>> banking77() throws IOException {
		Path file = BenchmarkReport.datasets().resolve("banking77/train.csv");
		Map<String, List<String>> byIntent = new TreeMap<>();
		List<List<String>> rows = Datasets.csv(file);
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() == 2) {
				byIntent.computeIfAbsent(row.get(1), (key) -> new ArrayList<>())
					.add(row.get(0).strip().replaceAll("\\s+", " "));
			}
		}
		return byIntent;
	}

	private static Map<String, List<String>> clinc150() throws IOException {
		Path dir = BenchmarkReport.datasets().resolve("clinc150");
		ObjectMapper mapper = new ObjectMapper();
		JsonNode domains;
		JsonNode data;
		try (Reader reader = Files.newBufferedReader(dir.resolve("domains.json"))) {
			domains = mapper.readTree(reader);
		}
		try (Reader reader = Files.newBufferedReader(dir.resolve("clinc150_train_val.json"))) {
			data = mapper.readTree(reader);
		}
		List<String> wanted = new ArrayList<>();
		for (String domain : List.of("banking", "credit_cards")) {
			domains.get(domain).forEach((intent) -> wanted.add(intent.asString()));
		}
		Map<String, List<String>> byIntent = new LinkedHashMap<>();
		for (JsonNode pair : data.get("train")) {
			String intent = pair.get(1).asString();
			if (wanted.contains(intent)) {
				byIntent.computeIfAbsent(intent, (key) -> new ArrayList<>()).add(pair.get(0).asString());
			}
		}
		return byIntent;
	}

	private record Labelled(List<String> texts, List<String> labels) {

		int size() {
			return this.texts.size();
		}

	}

	private record Score(int clusters, int gaps, double purity, double ari, int found, int intents) {

		String row(double threshold) {
			return String.format(Locale.ROOT, "| %.2f | %d | %d | %.3f | %.3f | %d of %d |%n", threshold, this.clusters,
					this.gaps, this.purity, this.ari, this.found, this.intents);
		}

	}

}

package dev.tandem.kb.evaluation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15.BgeSmallEnV15EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.calibration.ArticleClassifier;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.ExampleQuestion;

/**
 * In-memory comparison of encoders and of ways to use the example questions (no
 * Elasticsearch): nearest unit, per-article centroid, kNN vote and the softmax
 * classifier, each with its oracle coverage at the target precision.
 */
public final class EncoderExperiment {

	private static final Map<String, EmbeddingModel> MODELS = new HashMap<>();

	private static final Map<String, Supplier<EmbeddingModel>> FACTORIES = Map.of("bge-q",
			BgeSmallEnV15QuantizedEmbeddingModel::new, "bge", BgeSmallEnV15EmbeddingModel::new, "e5-q",
			E5SmallV2QuantizedEmbeddingModel::new, "bgezh-q", BgeSmallZhV15QuantizedEmbeddingModel::new, "bgezh",
			BgeSmallZhV15EmbeddingModel::new);

	public static void main(String[] args) {
		String dataset = args[0];
		String split = args.length > 2 ? args[2] : "tuning";
		BenchmarkScenarios.Scenario scenario = switch (dataset) {
			case "banking77" -> BenchmarkScenarios.banking77("banking77", 10, 30, 10, 1500);
			case "banking77-30" -> BenchmarkScenarios.banking77("banking77", 30, 30, 10, 1500);
			case "bitext" -> BenchmarkScenarios.bitext(10, 3, 1000);
			case "clinc150" -> BenchmarkScenarios.clinc150(10, 1200);
			case "atec" -> BenchmarkScenarios.atec(1000, 160);
			default -> throw new IllegalArgumentException(dataset);
		};
		List<EvaluationQuestion> questions = split.equals("heldout") ? scenario.heldOut() : scenario.tuning();
		for (String encoder : args[1].split(",")) {
			run(scenario, questions, encoder);
		}
	}

	private static void run(BenchmarkScenarios.Scenario scenario, List<EvaluationQuestion> questions, String encoder) {
		List<String> unitTexts = new ArrayList<>();
		List<String> unitArticles = new ArrayList<>();
		for (ArticleContent article : scenario.articles()) {
			unitTexts.add(article.title());
			unitArticles.add(article.id());
			for (String q : article.questions()) {
				unitTexts.add(q);
				unitArticles.add(article.id());
			}
		}
		List<String> questionTexts = questions.stream().map(EvaluationQuestion::text).toList();
		long start = System.nanoTime();
		List<float[]> units = embed(encoder, unitTexts);
		List<float[]> asked = embed(encoder, questionTexts);
		double seconds = (System.nanoTime() - start) / 1e9;
		Language language = encoder.contains("zh") ? Language.CHINESE : Language.ENGLISH;
		List<ExampleQuestion> training = new ArrayList<>();
		for (int i = 0; i < units.size(); i++) {
			training.add(new ExampleQuestion("u" + String.format("%05d", i), unitArticles.get(i),
					new AnalysedQuestion(unitTexts.get(i), language, List.of(), List.of(), List.of(), units.get(i))));
		}
		long trainStart = System.nanoTime();
		ArticleClassifier classifier = ArticleClassifier.train(training, 1.0);
		double trainSeconds = (System.nanoTime() - trainStart) / 1e9;
		Map<String, float[]> centroids = centroids(units, unitArticles);
		Map<String, Function<float[], Ranked>> methods = new LinkedHashMap<>();
		methods.put("nearest-unit", (v) -> nearestUnit(v, units, unitArticles));
		methods.put("centroid", (v) -> nearest(v, centroids));
		methods.put("knn-vote", (v) -> knnVote(v, units, unitArticles, 10, 0.05));
		methods.put("classifier", (v) -> classified(classifier, language, v));
		for (double mix : new double[] { 0.3, 0.5 }) {
			for (double temperature : new double[] { 0.02, 0.05 }) {
				methods.put("clf+knn m%.1f t%.2f".formatted(mix, temperature), (v) -> {
					Map<String, Double> p = new HashMap<>();
					classifier.probabilities(language, v).forEach((a, x) -> p.put(a, (1 - mix) * x));
					knnShares(v, units, unitArticles, 10, temperature)
						.forEach((a, x) -> p.merge(a, mix * x, Double::sum));
					Map.Entry<String, Double> best = p.entrySet()
						.stream()
						.max(Map.Entry.comparingByValue())
						.orElseThrow();
					double cos = maxCosine(v, units, unitArticles, best.getKey());
					return new Ranked(best.getKey(), best.getValue() * cos, 0);
				});
			}
		}
		methods.put("clf+cos", (v) -> {
			Ranked c = classified(classifier, language, v);
			Ranked n = nearestUnit(v, units, unitArticles);
			double cos = n.article.equals(c.article) ? n.score : maxCosine(v, units, unitArticles, c.article);
			return new Ranked(c.article, c.score * cos, c.top1Cosine);
		});
		System.out.printf("%s %s: %d units, %d questions, embedded in %.1f s, classifier %.1f s%n", scenario.name(),
				encoder, units.size(), asked.size(), seconds, trainSeconds);
		methods.forEach((name, method) -> {
			List<Ranked> ranked = asked.stream().map(method).toList();
			System.out.printf("  %-22s %s%n", name, summary(questions, ranked, scenario.target()));
		});
	}

	record Ranked(String article, double score, double top1Cosine) {
	}

	private static String summary(List<EvaluationQuestion> questions, List<Ranked> ranked, double target) {
		int answerable = 0;
		int right = 0;
		int oos = 0;
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			order.add(i);
			if (questions.get(i).expected().isEmpty()) {
				oos++;
			}
			else {
				answerable++;
				if (questions.get(i).expected().contains(ranked.get(i).article())) {
					right++;
				}
			}
		}
		order.sort(Comparator.comparingDouble((Integer i) -> ranked.get(i).score()).reversed());
		int answered = 0;
		int correct = 0;
		int inScopeAnswered = 0;
		int oosAnswered = 0;
		double bestCoverage = 0;
		double oosAtBest = 0;
		for (int i : order) {
			answered++;
			EvaluationQuestion q = questions.get(i);
			if (q.expected().isEmpty()) {
				oosAnswered++;
			}
			else {
				inScopeAnswered++;
				if (q.expected().contains(ranked.get(i).article())) {
					correct++;
				}
			}
			if (answered >= 20 && correct >= target * answered) {
				bestCoverage = (double) inScopeAnswered / answerable;
				oosAtBest = oos == 0 ? 0 : (double) oosAnswered / oos;
			}
		}
		return "top-1 %.3f  oracle coverage@%.2f %.3f (oos answered %.3f)".formatted((double) right / answerable,
				target, bestCoverage, oosAtBest);
	}

	private static Ranked classified(ArticleClassifier classifier, Language language, float[] v) {
		Map<String, Double> p = classifier.probabilities(language, v);
		Map.Entry<String, Double> best = p.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.orElse(Map.entry("-", 0.0));
		return new Ranked(best.getKey(), best.getValue(), 0);
	}

	private static Ranked nearestUnit(float[] v, List<float[]> units, List<String> articles) {
		int best = -1;
		double bestCos = -2;
		for (int i = 0; i < units.size(); i++) {
			double c = dot(v, units.get(i));
			if (c > bestCos) {
				bestCos = c;
				best = i;
			}
		}
		return new Ranked(articles.get(best), bestCos, bestCos);
	}

	private static double maxCosine(float[] v, List<float[]> units, List<String> articles, String article) {
		double best = -2;
		for (int i = 0; i < units.size(); i++) {
			if (articles.get(i).equals(article)) {
				best = Math.max(best, dot(v, units.get(i)));
			}
		}
		return best;
	}

	private static Ranked nearest(float[] v, Map<String, float[]> centroids) {
		String best = null;
		double bestCos = -2;
		for (Map.Entry<String, float[]> e : centroids.entrySet()) {
			double c = dot(v, e.getValue());
			if (c > bestCos) {
				bestCos = c;
				best = e.getKey();
			}
		}
		return new Ranked(best, bestCos, bestCos);
	}

	private static Map<String, Double> knnShares(float[] v, List<float[]> units, List<String> articles, int k,
			double temperature) {
		List<Integer> order = new ArrayList<>();
		double[] cos = new double[units.size()];
		for (int i = 0; i < units.size(); i++) {
			order.add(i);
			cos[i] = dot(v, units.get(i));
		}
		order.sort(Comparator.comparingDouble((Integer i) -> cos[i]).reversed());
		Map<String, Double> votes = new HashMap<>();
		double total = 0;
		for (int i : order.subList(0, k)) {
			double w = Math.exp((cos[i] - cos[order.get(0)]) / temperature);
			votes.merge(articles.get(i), w, Double::sum);
			total += w;
		}
		double sum = total;
		votes.replaceAll((a, w) -> w / sum);
		return votes;
	}

	private static Ranked knnVote(float[] v, List<float[]> units, List<String> articles, int k, double temperature) {
		List<Integer> order = new ArrayList<>();
		double[] cos = new double[units.size()];
		for (int i = 0; i < units.size(); i++) {
			order.add(i);
			cos[i] = dot(v, units.get(i));
		}
		order.sort(Comparator.comparingDouble((Integer i) -> cos[i]).reversed());
		Map<String, Double> votes = new HashMap<>();
		double total = 0;
		for (int i : order.subList(0, k)) {
			double w = Math.exp((cos[i] - cos[order.get(0)]) / temperature);
			votes.merge(articles.get(i), w, Double::sum);
			total += w;
		}
		double sum = total;
		Map.Entry<String, Double> best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
		return new Ranked(best.getKey(), best.getValue() / sum * cos[order.get(0)], cos[order.get(0)]);
	}

	private static Map<String, float[]> centroids(List<float[]> units, List<String> articles) {
		Map<String, float[]> sums = new LinkedHashMap<>();
		for (int i = 0; i < units.size(); i++) {
			float[] s = sums.computeIfAbsent(articles.get(i), (a) -> new float[units.get(0).length]);
			for (int d = 0; d < s.length; d++) {
				s[d] += units.get(i)[d];
			}
		}
		sums.replaceAll((a, s) -> normalised(s));
		return sums;
	}

	static double dot(float[] a, float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	static float[] normalised(float[] v) {
		double n = Math.sqrt(dot(v, v));
		float[] u = new float[v.length];
		for (int i = 0; i < v.length; i++) {
			u[i] = (float) (v[i] / n);
		}
		return u;
	}

	/** Encoders: a model name, or two joined by '+' (normalised vectors concatenated). */
	static List<float[]> embed(String encoder, List<String> texts) {
		if (encoder.contains("+")) {
			String[] parts = encoder.split("\\+");
			List<float[]> a = embed(parts[0], texts);
			List<float[]> b = embed(parts[1], texts);
			List<float[]> joined = new ArrayList<>();
			for (int i = 0; i < a.size(); i++) {
				float[] j = new float[a.get(i).length + b.get(i).length];
				System.arraycopy(a.get(i), 0, j, 0, a.get(i).length);
				System.arraycopy(b.get(i), 0, j, a.get(i).length, b.get(i).length);
				joined.add(normalised(j));
			}
			return joined;
		}
		Path cache = Path.of("/tmp/encoder-cache", encoder + "-" + hash(texts) + ".bin");
		if (Files.exists(cache)) {
			return read(cache);
		}
		EmbeddingModel model = MODELS.computeIfAbsent(encoder, (e) -> FACTORIES.get(e).get());
		String prefix = encoder.startsWith("e5") ? "query: " : "";
		List<float[]> vectors = new ArrayList<>();
		for (int from = 0; from < texts.size(); from += 64) {
			List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + 64))
				.stream()
				.map((t) -> TextSegment.from(prefix + (t.isBlank() ? "-" : t)))
				.toList();
			model.embedAll(batch).content().forEach((e) -> vectors.add(normalised(e.vector())));
		}
		write(cache, vectors);
		return vectors;
	}

	private static String hash(List<String> texts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			texts.forEach((t) -> digest.update((t + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(Path file, List<float[]> vectors) {
		try {
			Files.createDirectories(file.getParent());
			try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
				out.writeInt(vectors.size());
				out.writeInt(vectors.get(0).length);
				for (float[] v : vectors) {
					for (float f : v) {
						out.writeFloat(f);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<float[]> read(Path file) {
		try (DataInputStream in = new DataInputStream(
				new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			int n = in.readInt();
			int d = in.readInt();
			List<float[]> vectors = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				float[] v = new float[d];
				for (int j = 0; j < d; j++) {
					v[j] = in.readFloat();
				}
				vectors.add(v);
			}
			return vectors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

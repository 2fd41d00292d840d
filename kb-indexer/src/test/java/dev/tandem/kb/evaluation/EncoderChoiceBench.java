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
import java.util.Arrays;
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
import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.calibration.ArticleClassifier;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.ExampleQuestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which sentence encoder, and which use of the example questions, matches best: in memory
 * (no Elasticsearch), on each scenario's tuning split (where choices are made) and its
 * held-out split. Per encoder: nearest unit, per-article centroid, k-NN vote, the softmax
 * article classifier, the classifier mixed with the k-NN vote share (the product's
 * {@code classifier-vote-blend}), each with its top-1 and its oracle coverage at the
 * target precision (the best any threshold on that score could do; a measure of how well
 * the score separates right from wrong answers and out-of-scope questions). Also the
 * cost: texts embedded per second (batches of 64) and the latency of embedding one
 * question. Writes the {@code encoder-choice} section of docs/benchmarks.md.
 * <p>
 * {@code -Dtandem.bench.encoders=bge-q,bge,e5-q,bge-q+e5-q} (English) and
 * {@code bgezh-q,bgezh} (Chinese) are the defaults; {@code a+b} concatenates two
 * normalised vectors. {@code -Dtandem.bench.datasets=banking77,bitext,atec,clinc150}.
 * {@code -Dtandem.bench.encoder-cache=/some/dir} reuses embeddings between runs (the cost
 * figures are measured afresh on a sample either way).
 */
class EncoderChoiceBench {

	private static final Map<String, EmbeddingModel> MODELS = new HashMap<>();

	private static final Map<String, Supplier<EmbeddingModel>> FACTORIES = Map.of("bge-q",
			BgeSmallEnV15QuantizedEmbeddingModel::new, "bge", BgeSmallEnV15EmbeddingModel::new, "e5-q",
			E5SmallV2QuantizedEmbeddingModel::new, "bgezh-q", BgeSmallZhV15QuantizedEmbeddingModel::new, "bgezh",
			BgeSmallZhV15EmbeddingModel::new);

	private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

	private static String loadBefore;

	@BeforeAll
	static void setUp() {
		Assumptions.assumeTrue(BenchmarkScenarios.available(), "datasets not found");
		loadBefore = BenchmarkReport.loadAverage();
	}

	@AfterAll
	static void report() {
		if (SECTIONS.isEmpty()) {
			return;
		}
		StringBuilder markdown = new StringBuilder();
		markdown.append("Machine load (1/5/15 min) before: ")
			.append(loadBefore)
			.append(", after: ")
			.append(BenchmarkReport.loadAverage())
			.append(". In memory, no Elasticsearch: the encoder and the use of the example questions alone ")
			.append("(the product adds BM25 fusion and a calibrated confidence on top: RetrievalQualityBench). ")
			.append("Oracle coverage: answerable questions answered at the best threshold on that score that keeps ")
			.append("precision at the target (chosen on the same split: an upper bound, for comparing scores); ")
			.append("out of scope: share of the out-of-scope questions answered there.\n\n");
		SECTIONS.values().forEach((text) -> markdown.append(text).append('\n'));
		BenchmarkReport.forProject()
			.writeSection("encoder-choice",
					"Retrieval: encoder and use of the example questions (kb-indexer, in memory)", markdown.toString());
	}

	@Test
	void banking77() {
		run(BenchmarkScenarios.banking77("banking77", 10, 30, 10, 1500), english());
	}

	@Test
	void bitext() {
		run(BenchmarkScenarios.bitext(10, 3, 1000), english());
	}

	@Test
	void clinc150() {
		run(BenchmarkScenarios.clinc150(10, 1200), english());
	}

	@Test
	void atec() {
		run(BenchmarkScenarios.atec(1000, 160),
				List.of(System.getProperty("tandem.bench.zh-encoders", "bgezh-q,bgezh").split(",")));
	}

	private static List<String> english() {
		return List.of(System.getProperty("tandem.bench.encoders", "bge-q,bge,e5-q,bge-q+e5-q").split(","));
	}

	private static boolean selected(String name) {
		String datasets = System.getProperty("tandem.bench.datasets", "");
		return datasets.isBlank() || Arrays.asList(datasets.split(",")).contains(name);
	}

	private static void run(BenchmarkScenarios.Scenario scenario, List<String> encoders) {
		Assumptions.assumeTrue(selected(scenario.name()), "not selected by tandem.bench.datasets");
		StringBuilder text = new StringBuilder("### " + scenario.name() + "\n\n" + scenario.notes() + ".\n\n");
		text.append(
				"| encoder | cost: texts/s batched, ms per question | split | nearest unit | centroid | k-NN vote | ")
			.append("classifier | classifier + vote blend 0.5 | same x cosine |\n|---|---|---|---|---|---|---|---|---|\n");
		for (String encoder : encoders) {
			String cost = cost(encoder, scenario);
			for (String split : List.of("tuning", "held out")) {
				List<EvaluationQuestion> questions = split.equals("tuning") ? scenario.tuning() : scenario.heldOut();
				Map<String, String> results = evaluate(scenario, questions, encoder);
				String row = "| %s | %s | %s | %s |%n".formatted(encoder, cost, split,
						String.join(" | ", results.values()));
				System.out.print(scenario.name() + " " + row);
				text.append(row);
			}
		}
		text.append("\nEach cell: top-1 / oracle coverage at precision %.2f / out-of-scope answered there.\n"
			.formatted(scenario.target()));
		System.out.println(text);
		SECTIONS.put(scenario.name(), text.toString());
	}

	/**
	 * Texts per second in batches of 64 (256 texts), and p50 ms to embed one question.
	 */
	private static String cost(String encoder, BenchmarkScenarios.Scenario scenario) {
		List<String> texts = scenario.tuning().stream().map(EvaluationQuestion::text).limit(256).toList();
		fresh(encoder, texts.subList(0, 16));
		long start = System.nanoTime();
		fresh(encoder, texts);
		double rate = texts.size() / ((System.nanoTime() - start) / 1e9);
		double[] millis = new double[40];
		for (int i = 0; i < millis.length; i++) {
			long one = System.nanoTime();
			fresh(encoder, List.of(texts.get(i)));
			millis[i] = (System.nanoTime() - one) / 1e6;
		}
		Arrays.sort(millis);
		return "%.0f, %.1f".formatted(rate, millis[millis.length / 2]);
	}

	private static Map<String, String> evaluate(BenchmarkScenarios.Scenario scenario,
			List<EvaluationQuestion> questions, String encoder) {
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
		List<float[]> units = embed(encoder, unitTexts);
		List<float[]> asked = embed(encoder, questionTexts);
		Language language = encoder.contains("zh") ? Language.CHINESE : Language.ENGLISH;
		List<ExampleQuestion> training = new ArrayList<>();
		for (int i = 0; i < units.size(); i++) {
			training.add(new ExampleQuestion("u" + String.format("%05d", i), unitArticles.get(i),
					new AnalysedQuestion(unitTexts.get(i), language, List.of(), List.of(), List.of(), units.get(i))));
		}
		ArticleClassifier classifier = ArticleClassifier.train(training, 1.0);
		Map<String, float[]> centroids = centroids(units, unitArticles);
		Map<String, Function<float[], Ranked>> methods = new LinkedHashMap<>();
		methods.put("nearest-unit", (v) -> nearestUnit(v, units, unitArticles));
		methods.put("centroid", (v) -> nearest(v, centroids));
		methods.put("knn-vote", (v) -> knnVote(v, units, unitArticles, 10, 0.02));
		methods.put("classifier", (v) -> classified(classifier, language, v));
		methods.put("blend", (v) -> blended(classifier, language, v, units, unitArticles, false));
		methods.put("blend x cosine", (v) -> blended(classifier, language, v, units, unitArticles, true));
		Map<String, String> results = new LinkedHashMap<>();
		methods.forEach((name, method) -> results.put(name,
				summary(questions, asked.stream().map(method).toList(), scenario.target())));
		return results;
	}

	/**
	 * The product's re-ranking probability: the classifier's mixed half and half with the
	 * k-NN vote share (temperature 0.02 over the 10 nearest units, as Fusion computes
	 * it).
	 */
	private static Ranked blended(ArticleClassifier classifier, Language language, float[] v, List<float[]> units,
			List<String> unitArticles, boolean timesCosine) {
		Map<String, Double> p = new HashMap<>();
		classifier.probabilities(language, v).forEach((a, x) -> p.put(a, 0.5 * x));
		knnShares(v, units, unitArticles, 10, 0.02).forEach((a, x) -> p.merge(a, 0.5 * x, Double::sum));
		Map.Entry<String, Double> best = p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
		double cosine = timesCosine ? maxCosine(v, units, unitArticles, best.getKey()) : 1;
		return new Ranked(best.getKey(), best.getValue() * cosine, 0);
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
		return "%.3f / %.3f / %.3f".formatted((double) right / answerable, bestCoverage, oosAtBest);
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
		double topCos = units.stream().mapToDouble((unit) -> dot(v, unit)).max().orElseThrow();
		Map.Entry<String, Double> best = knnShares(v, units, articles, k, temperature).entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.orElseThrow();
		return new Ranked(best.getKey(), best.getValue() * topCos, topCos);
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
			return joined(embed(parts[0], texts), embed(parts[1], texts));
		}
		String cacheDir = System.getProperty("tandem.bench.encoder-cache", "");
		Path cache = cacheDir.isBlank() ? null : Path.of(cacheDir, encoder + "-" + hash(texts) + ".bin");
		if (cache != null && Files.exists(cache)) {
			return read(cache);
		}
		List<float[]> vectors = fresh(encoder, texts);
		if (cache != null) {
			write(cache, vectors);
		}
		return vectors;
	}

	/** Embeds with the model (no cache); a '+' encoder embeds with both. */
	private static List<float[]> fresh(String encoder, List<String> texts) {
		if (encoder.contains("+")) {
			String[] parts = encoder.split("\\+");
			return joined(fresh(parts[0], texts), fresh(parts[1], texts));
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
		return vectors;
	}

	/** Two normalised vectors concatenated, normalised again (equal weight each). */
	private static List<float[]> joined(List<float[]> a, List<float[]> b) {
		List<float[]> joined = new ArrayList<>(a.size());
		for (int i = 0; i < a.size(); i++) {
			float[] j = new float[a.get(i).length + b.get(i).length];
			System.arraycopy(a.get(i), 0, j, 0, a.get(i).length);
			System.arraycopy(b.get(i), 0, j, a.get(i).length, b.get(i).length);
			joined.add(normalised(j));
		}
		return joined;
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

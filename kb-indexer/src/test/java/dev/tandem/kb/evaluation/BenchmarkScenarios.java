package dev.tandem.kb.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.understanding.Datasets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Knowledge bases and question sets built from the public datasets in
 * {@code /work/shared/datasets} (or {@code TANDEM_DATASETS}), with deterministic (seeded)
 * splits: a tuning split to choose settings on, and a held-out split that every reported
 * figure comes from.
 */
final class BenchmarkScenarios {

	/**
	 * @param name short name
	 * @param articles the knowledge base
	 * @param tuning questions to tune on
	 * @param heldOut questions to report on
	 * @param notes how it was built
	 * @param target the precision target for this language
	 * @param knownOutOfScope questions known to be out of scope, for calibration (none of
	 * them asked, none from an intent whose questions are asked as out of scope)
	 */
	record Scenario(String name, List<ArticleContent> articles, List<EvaluationQuestion> tuning,
			List<EvaluationQuestion> heldOut, String notes, double target, List<String> knownOutOfScope) {

		Scenario(String name, List<ArticleContent> articles, List<EvaluationQuestion> tuning,
				List<EvaluationQuestion> heldOut, String notes, double target) {
			this(name, articles, tuning, heldOut, notes, target, List.of());
		}

	}

	static Path root() {
		String configured = System.getenv("TANDEM_DATASETS");
		return Path.of((configured != null && !configured.isBlank()) ? configured : "/work/shared/datasets");
	}

	static boolean available() {
		return Files.isDirectory(root().resolve("banking77"));
	}

	/**
	 * BANKING77: per intent an article (title = the intent's name, {@code examples}
	 * example questions from train); {@code outOfScopeIntents} intents are left out of
	 * the knowledge base and their questions are out of scope; the questions after the
	 * first {@code reserved} of each intent are split into tuning and held-out halves, so
	 * knowledge bases with 10 and with 30 examples are asked the same questions (the KB
	 * grows, not the test set).
	 */
	static Scenario banking77(String name, int examples, int reserved, int outOfScopeIntents, int maxHeldOut) {
		Map<String, List<String>> byIntent = grouped(csv(root().resolve("banking77/train.csv")), 0, 1);
		return intentScenario(name, byIntent, examples, reserved, outOfScopeIntents, 0, maxHeldOut, 11);
	}

	/**
	 * BANKING77 as {@link #banking77}, with {@code knownIntents} further intents left out
	 * of the knowledge base whose questions (at most {@value #KNOWN_PER_INTENT} each) are
	 * given to calibration as known out-of-scope examples and never asked: the
	 * out-of-scope questions asked come from other intents.
	 */
	static Scenario banking77WithKnownOutOfScope(String name, int examples, int outOfScopeIntents, int knownIntents) {
		Map<String, List<String>> byIntent = grouped(csv(root().resolve("banking77/train.csv")), 0, 1);
		return intentScenario(name, byIntent, examples, 30, outOfScopeIntents, knownIntents, 1500, 11);
	}

	/**
	 * Questions of an intent in the knowledge base that are always left to ask, however
	 * many example questions its article is given.
	 */
	static final int MIN_ASKED_PER_INTENT = 5;

	/** Known out-of-scope examples taken from each known-out-of-scope intent. */
	static final int KNOWN_PER_INTENT = 30;

	/**
	 * All of BANKING77's train questions as a knowledge base of articles with at most
	 * {@code perArticle} example questions each (an intent's questions spread over
	 * several articles): a large import, for throughput only (no question sets).
	 */
	static Scenario banking77AllTrain(int perArticle) {
		Map<String, List<String>> byIntent = grouped(csv(root().resolve("banking77/train.csv")), 0, 1);
		List<ArticleContent> articles = new ArrayList<>();
		for (Map.Entry<String, List<String>> intent : new TreeMap<>(byIntent).entrySet()) {
			List<String> questions = intent.getValue();
			for (int from = 0, part = 1; from < questions.size(); from += perArticle, part++) {
				ArticleContent whole = article(intent.getKey(),
						questions.subList(from, Math.min(questions.size(), from + perArticle)));
				articles.add(
						ArticleContent.builder(whole.id() + "-" + part, whole.title() + " (" + part + ")", whole.body())
							.questions(whole.questions())
							.language("en")
							.build());
			}
		}
		return new Scenario("banking77-all-train", articles, List.of(), List.of(),
				"all %d train questions of BANKING77 in %d articles of at most %d example questions".formatted(
						articles.stream().mapToInt((a) -> a.questions().size()).sum(), articles.size(), perArticle),
				0.95);
	}

	/** Bitext customer service (8K sample), near-duplicates grouped before splitting. */
	static Scenario bitext(int examples, int outOfScopeIntents, int maxHeldOut) {
		return intentScenario("bitext", bitextIntents(), examples, examples, outOfScopeIntents, 0, maxHeldOut, 13);
	}

	/** Bitext as {@link #bitext}, with known out-of-scope intents as in BANKING77's. */
	static Scenario bitextWithKnownOutOfScope(int examples, int outOfScopeIntents, int knownIntents) {
		return intentScenario("bitext-known-oos", bitextIntents(), examples, examples, outOfScopeIntents, knownIntents,
				1000, 13);
	}

	private static Map<String, List<String>> bitextIntents() {
		List<String[]> rows = csv(root().resolve("bitext/Bitext_Sample_Customer_Service_Training_Dataset_8K.csv"));
		Map<String, List<String>> byIntent = new TreeMap<>();
		for (String[] row : rows) {
			byIntent.computeIfAbsent(row[3], (k) -> new ArrayList<>()).add(row[1]);
		}
		// Template-generated: keep one utterance per near-duplicate group (same content
		// words), so a question's twin cannot sit in the knowledge base.
		byIntent.replaceAll((intent, texts) -> {
			Map<String, String> byKey = new LinkedHashMap<>();
			for (String text : texts) {
				byKey.putIfAbsent(nearDuplicateKey(text), text);
			}
			return new ArrayList<>(byKey.values());
		});
		return byIntent;
	}

	/**
	 * CLINC150: 150 intents (examples from train), val questions, its own out-of-scope
	 * queries.
	 */
	static Scenario clinc150(int examples, int maxHeldOut) {
		JsonNode data = new JsonMapper().readTree(root().resolve("clinc150/clinc150_train_val.json").toFile());
		Map<String, List<String>> train = new TreeMap<>();
		for (JsonNode pair : data.get("train")) {
			train.computeIfAbsent(pair.get(1).asString(), (k) -> new ArrayList<>()).add(pair.get(0).asString());
		}
		List<ArticleContent> articles = new ArrayList<>();
		Random random = new Random(17);
		train.forEach((intent, texts) -> {
			List<String> shuffled = new ArrayList<>(texts);
			Collections.shuffle(shuffled, random);
			articles.add(article(intent, shuffled.subList(0, examples)));
		});
		List<EvaluationQuestion> val = new ArrayList<>();
		int n = 0;
		for (JsonNode pair : data.get("val")) {
			val.add(new EvaluationQuestion("val-" + n++, pair.get(0).asString(), Set.of(pair.get(1).asString())));
		}
		Collections.shuffle(val, random);
		int half = val.size() / 2;
		List<EvaluationQuestion> tuning = new ArrayList<>(val.subList(0, Math.min(half, maxHeldOut / 2)));
		List<EvaluationQuestion> heldOut = new ArrayList<>(val.subList(half, Math.min(val.size(), half + maxHeldOut)));
		n = 0;
		List<String> oosTrain = new ArrayList<>();
		for (JsonNode pair : data.get("oos_train")) {
			tuning.add(new EvaluationQuestion("oos-train-" + n++, pair.get(0).asString(), Set.of()));
			oosTrain.add(pair.get(0).asString());
		}
		n = 0;
		for (JsonNode pair : data.get("oos_val")) {
			heldOut.add(new EvaluationQuestion("oos-val-" + n++, pair.get(0).asString(), Set.of()));
		}
		return new Scenario("clinc150", articles, tuning, heldOut,
				"150 intents, %d example questions each (train); in-scope questions from val (tuning: one half, held out: the other, at most %d); out of scope: oos_train (tuning; also calibration's known out-of-scope examples), oos_val (held out)"
					.formatted(examples, maxHeldOut),
				0.95, oosTrain);
	}

	/**
	 * ATEC (Chinese) as a knowledge base of distinct FAQ articles. Label-1 pairs link
	 * paraphrases; their connected components are the meanings. Components are taken in a
	 * seeded order, skipping one whose questions nearly repeat (character-bigram Jaccard
	 * >= 0.5) a question already taken, so no two articles are near-duplicates. The first
	 * {@code articles} components become articles: title and body = one of its questions;
	 * with 3+ questions, all but one more are example questions and the last is asked;
	 * with 2 (most of ATEC), a seeded half lend the second question as an example
	 * question (what calibration learns from) and the other half ask it. The next
	 * {@code outOfScope} components are left out: one question of each is asked and out
	 * of scope. Asked questions are split into tuning and held-out halves.
	 */
	static Scenario atec(int articleCount, int outOfScopeCount) {
		Map<String, List<String>> components = AtecComponents.distinct(atecRows(), new Random(23),
				articleCount + outOfScopeCount);
		Random random = new Random(29);
		List<ArticleContent> articles = new ArrayList<>();
		List<EvaluationQuestion> asked = new ArrayList<>();
		int n = 0;
		int examples = 0;
		int outOfScope = 0;
		for (List<String> questions : components.values()) {
			List<String> shuffled = new ArrayList<>(questions);
			Collections.shuffle(shuffled, random);
			if (articles.size() < articleCount) {
				String id = "atec-" + n++;
				List<String> exampleQuestions = new ArrayList<>(shuffled.subList(1, shuffled.size() - 1));
				boolean lend = shuffled.size() == 2 && random.nextBoolean();
				if (lend) {
					exampleQuestions.add(shuffled.get(1));
				}
				else {
					asked.add(new EvaluationQuestion("q-" + id, shuffled.get(shuffled.size() - 1), Set.of(id)));
				}
				examples += exampleQuestions.size();
				articles.add(ArticleContent.builder(id, shuffled.get(0), shuffled.get(0))
					.questions(exampleQuestions)
					.language("zh")
					.build());
			}
			else if (outOfScope < outOfScopeCount) {
				asked.add(new EvaluationQuestion("oos-" + n++, shuffled.get(0), Set.of()));
				outOfScope++;
			}
		}
		Collections.shuffle(asked, random);
		int half = asked.size() / 2;
		return new Scenario("atec", articles, asked.subList(0, half), asked.subList(half, asked.size()),
				("ATEC paraphrase components as articles: %d distinct components (no two with near-duplicate questions) "
						+ "-> articles, title = one question, %d example questions in all (a component's other paraphrases, "
						+ "one kept to ask); %d further components left out, one question each asked as out of scope; "
						+ "asked questions split 50/50 into tuning and held out")
					.formatted(articles.size(), examples, outOfScope),
				0.90);
	}

	private static List<String[]> atecRows() {
		List<String[]> rows = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(root().resolve("zh/atec_dev.tsv"), StandardCharsets.UTF_8)) {
				String[] fields = line.split("\t");
				if (fields.length == 4) {
					rows.add(fields);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static Scenario intentScenario(String name, Map<String, List<String>> byIntent, int examples, int reserved,
			int outOfScopeIntents, int knownIntents, int maxHeldOut, long seed) {
		Random random = new Random(seed);
		List<String> intents = new ArrayList<>(byIntent.keySet());
		Collections.shuffle(intents, random);
		Set<String> outOfScope = Set.copyOf(intents.subList(0, outOfScopeIntents));
		Set<String> known = Set.copyOf(intents.subList(outOfScopeIntents, outOfScopeIntents + knownIntents));
		List<String> knownQuestions = new ArrayList<>();
		List<ArticleContent> articles = new ArrayList<>();
		List<EvaluationQuestion> tuning = new ArrayList<>();
		List<EvaluationQuestion> heldOut = new ArrayList<>();
		int n = 0;
		for (String intent : new TreeMap<>(byIntent).keySet()) {
			List<String> texts = new ArrayList<>(byIntent.get(intent));
			Collections.shuffle(texts, random);
			if (known.contains(intent)) {
				knownQuestions.addAll(texts.subList(0, Math.min(KNOWN_PER_INTENT, texts.size())));
				continue;
			}
			int used = 0;
			if (!outOfScope.contains(intent)) {
				// Small intents keep a few questions to ask (BANKING77's smallest has
				// 35).
				int kept = Math.min(examples, texts.size() - MIN_ASKED_PER_INTENT);
				articles.add(article(intent, texts.subList(0, kept)));
				used = Math.max(kept, Math.min(reserved, texts.size() - MIN_ASKED_PER_INTENT));
			}
			List<String> rest = texts.subList(used, texts.size());
			for (int i = 0; i < rest.size(); i++) {
				EvaluationQuestion question = new EvaluationQuestion(name + "-" + n++, rest.get(i),
						outOfScope.contains(intent) ? Set.of() : Set.of(articleId(intent)));
				(i % 2 == 0 ? tuning : heldOut).add(question);
			}
		}
		Collections.shuffle(tuning, random);
		Collections.shuffle(heldOut, random);
		return new Scenario(name, articles, tuning.subList(0, Math.min(tuning.size(), maxHeldOut / 2)),
				heldOut.subList(0, Math.min(heldOut.size(), maxHeldOut)),
				("%d intents in the knowledge base (%d example questions each), %d intents left out as out of scope; "
						+ "questions after the first %d of each intent split 50/50 into tuning and held out (held out: %d questions, sampled)")
					.formatted(articles.size(), examples, outOfScopeIntents, reserved,
							Math.min(heldOut.size(), maxHeldOut))
						+ (knownIntents == 0 ? ""
								: "; %d further intents left out, %d of their questions given to calibration as known out-of-scope examples (never asked)"
									.formatted(knownIntents, knownQuestions.size())),
				0.95, knownQuestions);
	}

	static ArticleContent article(String intent, List<String> questions) {
		String title = intent.replace('_', ' ').replace("?", "").strip();
		title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
		return ArticleContent.builder(articleId(intent), title, title).questions(questions).language("en").build();
	}

	/** Intent names as article ids ({@code reverted_card_payment?} has a '?'). */
	static String articleId(String intent) {
		return intent.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+$", "");
	}

	private static String nearDuplicateKey(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).replaceAll("\\{\\{[^}]*}}", " ").split("[^a-z]+")) {
			if (word.length() > 3) {
				words.add(word.substring(0, 4));
			}
		}
		Collections.sort(words);
		return String.join(" ", new java.util.TreeSet<>(words));
	}

	private static Map<String, List<String>> grouped(List<String[]> rows, int text, int label) {
		Map<String, List<String>> byLabel = new TreeMap<>();
		for (String[] row : rows) {
			byLabel.computeIfAbsent(row[label], (k) -> new ArrayList<>()).add(row[text]);
		}
		return byLabel;
	}

	/** Data rows of a CSV file (header skipped, rows of one field left out). */
	static List<String[]> csv(Path file) {
		List<List<String>> rows = Datasets.csv(file);
		return rows.subList(1, rows.size())
			.stream()
			.filter((row) -> row.size() > 1)
			.map((row) -> row.toArray(String[]::new))
			.toList();
	}

}

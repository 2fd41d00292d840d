package dev.tandem.kb.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.InMemoryArticleRepository;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.calibration.AnsweringSettings;
import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.embedding.BgeTextEmbedder;
import dev.tandem.kb.harvest.HarvestOutcome;
import dev.tandem.kb.harvest.HarvestReport;
import dev.tandem.kb.harvest.HarvestSettings;
import dev.tandem.kb.harvest.NearDuplicates;
import dev.tandem.kb.harvest.Provenance;
import dev.tandem.kb.harvest.ResolutionHarvester;
import dev.tandem.kb.harvest.ResolvedTicket;
import dev.tandem.kb.harvest.ReviewQueue;
import dev.tandem.kb.retrieval.RetrievalSettings;
import dev.tandem.kb.retrieval.SearchResult;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import dev.tandem.understanding.privacy.PersonalDataMasker;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A replay of history, not a claim: how BANKING77 coverage grows when the resolutions of
 * tickets about intents the knowledge base lacks are harvested into drafts and published.
 * Before: a knowledge base without some intents (their questions are asked but cannot be
 * answered right). Replay: per missing intent a few of its train questions arrive as
 * tickets an agent resolves with one canonical answer per intent; each resolution is
 * harvested (near-duplicate check against what is published at that moment) and a
 * knowledge manager approves everything (new drafts published, suggested edits merged).
 * After: recalibrated, the same held-out questions again. Writes the
 * {@code learning-loop} section of docs/benchmarks.md.
 */
class ResolutionHarvestBench {

	private static final int EXAMPLES = 10;

	private static final int RESERVED = 30;

	private static final int OUT_OF_SCOPE_INTENTS = 10;

	private static final int MISSING_INTENTS = 12;

	private static final int TICKETS_PER_MISSING_INTENT = 5;

	private static final int HELD_OUT_PER_INTENT = 12;

	private static final double TARGET = 0.95;

	@Test
	void banking77CoverageGrowsWithPublishedResolutions() {
		Assumptions.assumeTrue(BenchmarkScenarios.available(), "datasets not found");
		Map<String, List<String>> byIntent = new TreeMap<>();
		for (String[] row : BenchmarkScenarios.csv(BenchmarkScenarios.root().resolve("banking77/train.csv"))) {
			byIntent.computeIfAbsent(row[1], (k) -> new ArrayList<>()).add(row[0]);
		}
		Random random = new Random(23);
		List<String> intents = new ArrayList<>(byIntent.keySet());
		Collections.shuffle(intents, random);
		Set<String> outOfScope = Set.copyOf(intents.subList(0, OUT_OF_SCOPE_INTENTS));
		Set<String> missing = Set.copyOf(intents.subList(OUT_OF_SCOPE_INTENTS, OUT_OF_SCOPE_INTENTS + MISSING_INTENTS));
		List<ArticleContent> base = new ArrayList<>();
		Map<String, List<String>> tickets = new TreeMap<>();
		Map<String, List<String>> heldOutByIntent = new TreeMap<>();
		for (String intent : new TreeMap<>(byIntent).keySet()) {
			List<String> texts = new ArrayList<>(byIntent.get(intent));
			Collections.shuffle(texts, random);
			if (!outOfScope.contains(intent) && !missing.contains(intent)) {
				base.add(BenchmarkScenarios.article(intent, texts.subList(0, EXAMPLES)));
			}
			if (missing.contains(intent)) {
				tickets.put(intent, texts.subList(EXAMPLES, EXAMPLES + TICKETS_PER_MISSING_INTENT));
			}
			heldOutByIntent.put(intent,
					texts.subList(RESERVED, Math.min(texts.size(), RESERVED + HELD_OUT_PER_INTENT)));
		}
		TextAnalyzer analyzer = new TextAnalyzer();
		BgeTextEmbedder embedder = new BgeTextEmbedder();
		RetrievalSettings retrieval = RetrievalSettings.defaults();
		AnsweringSettings answering = AnsweringSettings.defaults().withTargetPrecision(TARGET);
		Clock clock = Clock.systemUTC();
		InMemoryArticleRepository repository = new InMemoryArticleRepository(clock);
		base.forEach((article) -> repository.save(article, new ArticleChange("bench", ArticleSource.IMPORT, "base")));
		StringBuilder text = new StringBuilder();
		try (ThrowawayKnowledgeBase before = ThrowawayKnowledgeBase.build(SharedElasticsearch.connection(), analyzer,
				embedder, retrieval, clock, base, List.of(), (done, total) -> {
				})) {
			Calibration calibrationBefore = before.calibrate(answering, retrieval, (d) -> {
			});
			// Ids of the articles that answer each intent, growing as drafts are
			// published.
			Map<String, Set<String>> answersOf = new HashMap<>();
			base.forEach((article) -> answersOf.put(article.id(), Set.of(article.id())));
			EvaluationReport reportBefore = before.evaluate(questions(heldOutByIntent, outOfScope, missing, Map.of()),
					calibrationBefore, retrieval, (d) -> {
					});
			NearDuplicates published = (question) -> {
				SearchResult result = before.rank(question, retrieval);
				return result.best()
					.map((best) -> new NearDuplicates.Match(best.id(), calibrationBefore.confidence(result)));
			};
			PersonalDataMasker masker = new PersonalDataMasker();
			ResolutionHarvester harvester = new ResolutionHarvester(repository, published, (t) -> masker.mask(t).text(),
					HarvestSettings.defaults());
			ReviewQueue review = new ReviewQueue(repository);
			HarvestReport harvestReport = new HarvestReport();
			Map<String, Set<String>> harvestedFor = new LinkedHashMap<>();
			Map<String, String> intentOfTicket = new HashMap<>();
			int n = 0;
			for (Map.Entry<String, List<String>> entry : tickets.entrySet()) {
				String intent = entry.getKey();
				for (String question : entry.getValue()) {
					String key = "BANK-" + ++n;
					intentOfTicket.put(key, intent);
					HarvestOutcome outcome = harvester.harvest(new ResolvedTicket(key, Optional.empty(), question, "",
							List.of(canonicalAnswer(intent)), Optional.empty(), Optional.of("en")));
					harvestReport.add(outcome);
					if (outcome.kind() == HarvestOutcome.Kind.DRAFT_CREATED
							|| outcome.kind() == HarvestOutcome.Kind.SUGGESTED_EDIT) {
						StoredArticle approved = review.approve(outcome.articleId().orElseThrow(), "bench", false);
						before.stack().indexer().index(List.of(approved.content()), (d, t) -> {
						});
						harvestedFor.computeIfAbsent(intent, (k) -> new HashSet<>()).add(approved.id());
					}
				}
			}
			List<ArticleContent> after = new ArrayList<>();
			try (Stream<StoredArticle> all = repository.all()) {
				all.filter((article) -> article.content().status() == ArticleStatus.PUBLISHED)
					.forEach((article) -> after.add(article.content()));
			}
			Map<String, Set<String>> expectedMissing = new HashMap<>(harvestedFor);
			long edits = harvestReport.count(HarvestOutcome.Kind.SUGGESTED_EDIT);
			long wrongTargets = countWrongTargets(repository, intentOfTicket, harvestedFor);
			try (ThrowawayKnowledgeBase grown = ThrowawayKnowledgeBase.build(SharedElasticsearch.connection(), analyzer,
					embedder, retrieval, clock, after, List.of(), (done, total) -> {
					})) {
				Calibration calibrationAfter = grown.calibrate(answering, retrieval, (d) -> {
				});
				List<EvaluationQuestion> questionsAfter = questions(heldOutByIntent, outOfScope, missing,
						expectedMissing);
				EvaluationReport reportAfter = grown.evaluate(questionsAfter, calibrationAfter, retrieval, (d) -> {
				});
				text.append(section(base.size(), tickets, harvestReport, edits, wrongTargets, reportBefore, reportAfter,
						heldOutByIntent, missing, questionsAfter));
			}
		}
		finally {
			analyzer.close();
		}
		System.out.println(text);
		BenchmarkReport.forProject()
			.writeSection("learning-loop", "Learning loop: coverage from harvested resolutions (kb-indexer)",
					text.toString());
	}

	/**
	 * Held-out questions: in scope for base intents, out of scope for the never-covered
	 * intents, and for missing intents in scope with the harvested articles as the right
	 * answers (none before the replay: then they can only be answered wrongly).
	 */
	private static List<EvaluationQuestion> questions(Map<String, List<String>> heldOut, Set<String> outOfScope,
			Set<String> missing, Map<String, Set<String>> harvested) {
		List<EvaluationQuestion> questions = new ArrayList<>();
		int n = 0;
		for (Map.Entry<String, List<String>> entry : heldOut.entrySet()) {
			String intent = entry.getKey();
			Set<String> expected;
			if (outOfScope.contains(intent)) {
				expected = Set.of();
			}
			else if (missing.contains(intent)) {
				expected = harvested.getOrDefault(intent, Set.of("missing:" + intent));
			}
			else {
				expected = Set.of(BenchmarkScenarios.articleId(intent));
			}
			for (String text : entry.getValue()) {
				questions.add(new EvaluationQuestion("q-" + n++, text, expected));
			}
		}
		return questions;
	}

	/**
	 * One reply per intent, as an agent would write it (greeting and signature included).
	 */
	private static String canonicalAnswer(String intent) {
		String topic = intent.replace('_', ' ').replace("?", "").strip();
		return "Hi,\n\nthanks for getting in touch. About " + topic + ": open the app, go to Help > " + topic
				+ " and follow the steps there; our team confirms it within one business day.\n\n"
				+ "Let me know if you need anything else.\n\nKind regards,\nSam\nCustomer Support";
	}

	/**
	 * Suggested edits whose target is not an article harvested for the ticket's intent.
	 */
	private static long countWrongTargets(InMemoryArticleRepository repository, Map<String, String> intentOfTicket,
			Map<String, Set<String>> harvestedFor) {
		long wrong = 0;
		try (Stream<StoredArticle> all = repository.all()) {
			for (StoredArticle article : all.toList()) {
				Optional<Provenance> provenance = Provenance.of(article.content());
				if (provenance.isEmpty() || provenance.get().suggestedEditOf().isEmpty()) {
					continue;
				}
				String intent = intentOfTicket.get(provenance.get().ticket());
				boolean sameIntent = harvestedFor.getOrDefault(intent, Set.of())
					.contains(provenance.get().suggestedEditOf().get());
				wrong += sameIntent ? 0 : 1;
			}
		}
		return wrong;
	}

	private static String section(int baseArticles, Map<String, List<String>> tickets, HarvestReport harvest,
			long edits, long wrongTargets, EvaluationReport before, EvaluationReport after,
			Map<String, List<String>> heldOut, Set<String> missing, List<EvaluationQuestion> questionsAfter) {
		long missingQuestions = heldOut.entrySet()
			.stream()
			.filter((entry) -> missing.contains(entry.getKey()))
			.mapToLong((entry) -> entry.getValue().size())
			.sum();
		StringBuilder text = new StringBuilder();
		text.append("BANKING77 (train.csv), seeded split: ")
			.append(baseArticles)
			.append(" intents in the knowledge base (")
			.append(EXAMPLES)
			.append(" example questions each), ")
			.append(MISSING_INTENTS)
			.append(" intents missing from it (asked by customers: ")
			.append(missingQuestions)
			.append(" held-out questions), ")
			.append(OUT_OF_SCOPE_INTENTS)
			.append(" intents out of scope (never covered). Held out: up to ")
			.append(HELD_OUT_PER_INTENT)
			.append(" questions per intent, never used as examples or tickets. Replay: ")
			.append(TICKETS_PER_MISSING_INTENT)
			.append(" tickets per missing intent (its train questions), each resolved by an agent with one canonical ")
			.append("reply per intent (greeting and signature, stripped by the harvester); every draft published and ")
			.append("every suggested edit merged as proposed; then recalibrated for target precision ")
			.append(TARGET)
			.append(". Default retrieval settings (no tuning grid: compare with the retrieval-quality section).\n\n");
		text.append("Harvest: ")
			.append(harvest.summary())
			.append(". Suggested edits aimed at an article of another intent: ")
			.append(wrongTargets)
			.append(" of ")
			.append(edits)
			.append(".\n\n");
		text.append(
				"| | articles | precision @ threshold | coverage @ threshold | coverage of the missing intents | out-of-scope false answers | threshold |\n");
		text.append("|---|---|---|---|---|---|---|\n");
		text.append(row("before (intents missing)", baseArticles, before, missing, heldOut));
		text.append(row("after publishing the harvested drafts",
				baseArticles + (int) harvest.count(HarvestOutcome.Kind.DRAFT_CREATED), after, missing, heldOut));
		text.append("\nBefore, the missing intents' questions count as in scope but have no right article, so every ")
			.append("answer to them is wrong (they lower precision and coverage). Coverage = in-scope questions answered ")
			.append("(right or wrong) / in-scope questions, as in the retrieval-quality section.\n");
		return text.toString();
	}

	private static String row(String name, int articles, EvaluationReport report, Set<String> missing,
			Map<String, List<String>> heldOut) {
		Set<String> missingTexts = new HashSet<>();
		heldOut.forEach((intent, texts) -> {
			if (missing.contains(intent)) {
				missingTexts.addAll(texts);
			}
		});
		long missingTotal = 0;
		long missingRight = 0;
		for (QuestionOutcome outcome : report.outcomes()) {
			if (missingTexts.contains(outcome.question().text())) {
				missingTotal++;
				if (outcome.answeredRight()) {
					missingRight++;
				}
			}
		}
		return "| %s | %d | %.3f (%d answered) | %.3f | %.3f (%d of %d answered right) | %.3f | %.3f |%n".formatted(
				name, articles, report.precision(), report.answered(), report.coverage(),
				(double) missingRight / Math.max(1, missingTotal), missingRight, missingTotal,
				report.outOfScopeFalseAnswerRate(), report.calibration().threshold());
	}

}

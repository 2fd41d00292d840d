package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.CandidateArticle;
import dev.tandem.kb.retrieval.ExampleQuestion;
import dev.tandem.kb.retrieval.MatchExplanation;
import dev.tandem.kb.retrieval.RetrievalSettings;
import dev.tandem.kb.retrieval.SearchResult;
import dev.tandem.kb.retrieval.UnitKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArticleClassifierTest {

	private static final int DIMS = 16;

	private final Random random = new Random(3);

	/**
	 * Three articles whose example questions share a common direction and differ in one
	 * dimension each; "refund" and "refund-status" also share a second one, so their
	 * nearest examples are close while the classifier learns what separates them.
	 */
	private List<ExampleQuestion> units() {
		List<ExampleQuestion> units = new ArrayList<>();
		String[] articles = { "refund", "refund-status", "password" };
		for (int a = 0; a < articles.length; a++) {
			for (int q = 0; q < 6; q++) {
				float[] v = noisy(a, 0.3f);
				units.add(new ExampleQuestion(articles[a] + "#Q" + q, articles[a], question(v)));
			}
		}
		return units;
	}

	private float[] noisy(int article, float noise) {
		float[] v = new float[DIMS];
		v[0] = 1;
		v[1 + article] = 1;
		if (article < 2) {
			v[5] = 1;
		}
		for (int d = 0; d < DIMS; d++) {
			v[d] += noise * (float) this.random.nextGaussian();
		}
		return v;
	}

	private static AnalysedQuestion question(float[] vector) {
		return new AnalysedQuestion("q", Language.ENGLISH, List.of(), List.of(), List.of(), vector);
	}

	@Test
	void givesTheArticleWhoseExampleQuestionsAQuestionResemblesTheHighestProbability() {
		ArticleClassifier classifier = ArticleClassifier.train(units(), 0.5);
		var p = classifier.probabilities(Language.ENGLISH, noisy(1, 0.05f));
		assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-4));
		assertThat(p.get("refund-status")).isGreaterThan(0.6).isGreaterThan(p.get("refund"));
	}

	@Test
	void rerankingMovesTheClassifiersArticleUpAndRecordsItsProbability() {
		ArticleClassifier classifier = ArticleClassifier.train(units(), 0.8);
		SearchResult fused = new SearchResult(question(noisy(1, 0.05f)),
				List.of(candidate("refund", 0.80), candidate("refund-status", 0.78), candidate("unknown", 0.5)),
				Optional.of("refund"), Optional.of("refund"));
		SearchResult reranked = classifier.rerank(fused);
		assertThat(reranked.best().orElseThrow().id()).isEqualTo("refund-status");
		assertThat(reranked.best().orElseThrow().classifierProbability()).isGreaterThan(0.5);
		CandidateArticle unknown = reranked.candidates()
			.stream()
			.filter((c) -> c.id().equals("unknown"))
			.findFirst()
			.orElseThrow();
		assertThat(unknown.score()).as("an article the model does not know keeps its fused score").isEqualTo(0.5);
		assertThat(ConfidenceFeatures.of(reranked)[ConfidenceFeatures.NAMES.indexOf("classifier_probability")])
			.isGreaterThan(0.5);
	}

	@Test
	void withoutAModelRankingsStayAsFusionMadeThem() {
		SearchResult fused = new SearchResult(question(noisy(1, 0.05f)),
				List.of(candidate("refund", 0.80), candidate("refund-status", 0.78)), Optional.empty(),
				Optional.empty());
		assertThat(ArticleClassifier.NONE.rerank(fused)).isSameAs(fused);
		// A language it was not trained on.
		SearchResult chinese = new SearchResult(
				new AnalysedQuestion("退款", Language.CHINESE, List.of(), List.of(), List.of(), new float[DIMS]),
				fused.candidates(), Optional.empty(), Optional.empty());
		assertThat(ArticleClassifier.train(units(), 0.5).rerank(chinese)).isSameAs(chinese);
	}

	@Test
	void articlesWithTooFewExamplesGetNoModel() {
		List<ExampleQuestion> sparse = units().stream().filter((u) -> u.unitId().endsWith("#Q0")).toList();
		assertThat(ArticleClassifier.train(sparse, 0.5).isEmpty()).isTrue();
	}

	@Test
	void outOfFoldClassifiersNeverSawTheReplayedQuestionOrArticle() {
		List<ExampleQuestion> units = units();
		OutOfFoldClassifiers folds = OutOfFoldClassifiers.train(units, units,
				RetrievalSettings.defaults().withClassifierWeight(0.5));
		ExampleQuestion replayed = units.get(7);
		assertThat(folds.withoutArticle(replayed).probabilities(Language.ENGLISH, replayed.question().vector()))
			.doesNotContainKey(replayed.articleId());
		assertThat(folds.withoutQuestion(replayed).probabilities(Language.ENGLISH, replayed.question().vector()))
			.containsKey(replayed.articleId());
	}

	@Test
	void anOutOfFoldModelRanksTheArticlesItWasKeptFromAsUnlikelyNotAsUnknown() {
		// The product's model knows every published article; an out-of-fold model
		// must not let the articles it was kept from keep their fused score, or the
		// out-of-scope replays would rank them above everything it knows.
		ArticleClassifier withoutRefund = ArticleClassifier.train(units(), (u) -> !u.articleId().equals("refund"), 0.8);
		SearchResult fused = new SearchResult(question(noisy(1, 0.05f)),
				List.of(candidate("refund", 0.80), candidate("refund-status", 0.78), candidate("draft", 0.5)),
				Optional.empty(), Optional.empty());
		SearchResult reranked = withoutRefund.rerank(fused);
		assertThat(reranked.best().orElseThrow().id()).isEqualTo("refund-status");
		CandidateArticle refund = reranked.candidates()
			.stream()
			.filter((c) -> c.id().equals("refund"))
			.findFirst()
			.orElseThrow();
		assertThat(refund.score()).isCloseTo(0.2 * 0.80, within(1e-9));
		assertThat(refund.classifierProbability()).isZero();
		assertThat(
				reranked.candidates().stream().filter((c) -> c.id().equals("draft")).findFirst().orElseThrow().score())
			.isEqualTo(0.5);
		assertThat(withoutRefund.withWeight(0.5)
			.rerank(fused)
			.candidates()
			.stream()
			.filter((c) -> c.id().equals("refund"))
			.findFirst()
			.orElseThrow()
			.score()).isCloseTo(0.5 * 0.80, within(1e-9));
	}

	@Test
	void theVoteBlendMixesTheNearestUnitsVoteIntoTheProbability() {
		// The classifier prefers refund-status; the nearest units all belong to refund.
		SearchResult fused = new SearchResult(question(noisy(1, 0.05f)),
				List.of(candidate("refund", 0.80, 1.0), candidate("refund-status", 0.78, 0.0)), Optional.empty(),
				Optional.empty());
		ArticleClassifier classifier = ArticleClassifier.train(units(), 1.0);
		double p = classifier.probabilities(Language.ENGLISH, fused.question().vector()).get("refund");
		assertThat(classifier.rerank(fused).best().orElseThrow().id()).isEqualTo("refund-status");
		SearchResult blended = classifier.withVoteBlend(0.5).rerank(fused);
		CandidateArticle refund = blended.candidates()
			.stream()
			.filter((c) -> c.id().equals("refund"))
			.findFirst()
			.orElseThrow();
		assertThat(refund.classifierProbability()).isCloseTo(0.5 * p + 0.5 * 1.0, within(1e-9));
		assertThat(classifier.withVoteBlend(1.0).rerank(fused).best().orElseThrow().id()).isEqualTo("refund");
		assertThat(classifier.with(RetrievalSettings.defaults().withClassifierVoteBlend(0.0)).rerank(fused).best())
			.map(CandidateArticle::id)
			.contains("refund-status");
	}

	private static CandidateArticle candidate(String id, double score, double voteShare) {
		return new CandidateArticle(id, id, Optional.empty(), ArticleStatus.PUBLISHED, score, 1, 1, score, 0, 0, 1,
				voteShare,
				new MatchExplanation(UnitKind.QUESTION, id, 0, score, score, List.of(), List.of(), List.of()));
	}

	private static CandidateArticle candidate(String id, double score) {
		return new CandidateArticle(id, id, Optional.empty(), ArticleStatus.PUBLISHED, score, 1, 1, score, 0, 0, 1, 0.5,
				new MatchExplanation(UnitKind.QUESTION, id, 0, score, score, List.of(), List.of(), List.of()));
	}

}
